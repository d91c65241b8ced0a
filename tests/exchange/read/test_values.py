"""Value parsers for CRM imports: worked examples for every rule, and round-trip properties."""
from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from salesmgr.exchange.read.values import (
    DateFormat,
    ValueParseError,
    clean_text,
    detect_date_format,
    parse_bool,
    parse_date,
    parse_datetime,
    parse_int,
    parse_money,
    parse_percent,
)

DMY, MDY = DateFormat("dmy", False), DateFormat("mdy", False)
SERIALS = DateFormat("ymd", False, serials=True)
EXCEL_EPOCH = date(1899, 12, 30)


# ---- dates -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "fmt", "expected"), [
    (date(2025, 3, 1), DMY, date(2025, 3, 1)),
    (datetime(2025, 3, 1, 23, 59), DMY, date(2025, 3, 1)),
    ("2025-03-01", DMY, date(2025, 3, 1)),
    (" 2025-03-01T10:00:00 ", DMY, date(2025, 3, 1)),
    ("2025-03-01 10:00", MDY, date(2025, 3, 1)),
    ("2025/03/01", MDY, date(2025, 3, 1)),
    ("2025.3.1", MDY, date(2025, 3, 1)),
    ("01/03/2025", DMY, date(2025, 3, 1)),
    ("01/03/2025", MDY, date(2025, 1, 3)),
    ("01-03-2025", DMY, date(2025, 3, 1)),
    ("01.03.2025", DMY, date(2025, 3, 1)),
    ("1/3/25", DMY, date(2025, 3, 1)),
    ("3/1/99", MDY, date(1999, 3, 1)),
    ("25/03/2025", DateFormat(), date(2025, 3, 25)),  # no column format: unambiguous values still read
    ("03/25/2025", DateFormat(), date(2025, 3, 25)),
    ("05/05/2025", DateFormat(), date(2025, 5, 5)),
    (45717, DMY, date(2025, 3, 1)),
    (45717.75, DMY, date(2025, 3, 1)),
    (1, DMY, date(1900, 1, 1)),
    (59, DMY, date(1900, 2, 28)),
    (61, DMY, date(1900, 3, 1)),
    (2958465, DMY, date(9999, 12, 31)),
    ("45717", SERIALS, date(2025, 3, 1)),
    ("2025年3月1日", DMY, date(2025, 3, 1)),
    ("2025年3月1号", DMY, date(2025, 3, 1)),
    ("2025年03月01日 14:30", DMY, date(2025, 3, 1)),
    ("２０２５年３月１日", DMY, date(2025, 3, 1)),
    ("1 Mar 2025", MDY, date(2025, 3, 1)),
    ("01-Mar-2025", MDY, date(2025, 3, 1)),
    ("1 March 2025", MDY, date(2025, 3, 1)),
    ("Mar 1, 2025", DMY, date(2025, 3, 1)),
    ("September 30 2025", DMY, date(2025, 9, 30)),
    ("Sept 3, 2025", DMY, date(2025, 9, 3)),
])
def test_parse_date(value: object, fmt: DateFormat, expected: date) -> None:
    assert parse_date(value, fmt) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(("value", "fmt", "expected"), [
    ("2025-03-01", DMY, datetime(2025, 3, 1)),
    (date(2025, 3, 1), DMY, datetime(2025, 3, 1)),
    (datetime(2025, 3, 1, 9, 5), DMY, datetime(2025, 3, 1, 9, 5)),
    ("2025-03-01T10:00:00", DMY, datetime(2025, 3, 1, 10)),
    ("2025-03-01 10:00", DMY, datetime(2025, 3, 1, 10)),
    ("2025-03-01 10:00:30.5", DMY, datetime(2025, 3, 1, 10, 0, 30, 500000)),
    ("01/03/2025 14:30", DMY, datetime(2025, 3, 1, 14, 30)),
    ("3/1/2025 2:30 PM", MDY, datetime(2025, 3, 1, 14, 30)),
    ("3/1/2025 12:05 am", MDY, datetime(2025, 3, 1, 0, 5)),
    ("2025年03月01日 14:30", DMY, datetime(2025, 3, 1, 14, 30)),
    ("2025年3月1日14：30", DMY, datetime(2025, 3, 1, 14, 30)),
    ("Mar 1, 2025 9:15", DMY, datetime(2025, 3, 1, 9, 15)),
    (45717, DMY, datetime(2025, 3, 1)),
    (45717.5, DMY, datetime(2025, 3, 1, 12)),
    (45717.604166666664, DMY, datetime(2025, 3, 1, 14, 30)),
    ("45717.25", SERIALS, datetime(2025, 3, 1, 6)),
])
def test_parse_datetime(value: object, fmt: DateFormat, expected: datetime) -> None:
    assert parse_datetime(value, fmt) == expected  # type: ignore[arg-type]


def test_offsets_are_converted_to_local_time() -> None:
    utc = datetime(2025, 3, 1, 10, tzinfo=UTC)
    assert parse_datetime("2025-03-01T10:00:00Z") == utc.astimezone().replace(tzinfo=None)
    assert parse_datetime("2025-03-01T18:00:00+08:00") == utc.astimezone().replace(tzinfo=None)
    assert parse_datetime("2025-03-01T18:00:00.000+0800") == utc.astimezone().replace(tzinfo=None)


@pytest.mark.parametrize(("value", "fmt"), [
    ("2025-02-30", DMY), ("2025-13-01", DMY), ("32/01/2025", DMY), ("01/13/2025", DMY), ("13/01/2025", MDY),
    ("tomorrow", DMY), ("2025", DMY), ("45717", DMY), ("1 Foo 2025", DMY), ("2025-03-01 25:00", DMY),
    ("3/1/2025 13:00 PM", MDY), (0, DMY), (60, DMY), (2958466, DMY), (-5, DMY), (float("nan"), DMY),
    (float("inf"), DMY), (True, DMY), (time(10), DMY), ("99999999", SERIALS),
])
def test_parse_date_refuses(value: object, fmt: DateFormat) -> None:
    with pytest.raises(ValueParseError) as info:
        parse_date(value, fmt)  # type: ignore[arg-type]
    assert info.value.template == "{value} is not a date"
    assert info.value.fields == {"value": value}


def test_ambiguous_day_month_without_a_column_format_is_refused() -> None:
    with pytest.raises(ValueParseError) as info:
        parse_date("01/03/2025")
    assert info.value.template == "{value} could be day/month or month/day: write dates as YYYY-MM-DD"
    assert str(info.value) == "01/03/2025 could be day/month or month/day: write dates as YYYY-MM-DD"


@pytest.mark.parametrize("value", [None, "", "   "])
def test_empty_cells_are_refused_by_every_parser(value: object) -> None:
    for parse in (parse_date, parse_datetime, parse_money, parse_percent, parse_int, parse_bool):
        with pytest.raises(ValueParseError) as info:
            parse(value)  # type: ignore[operator]
        assert info.value.template == "the cell is empty"


@pytest.mark.parametrize(("values", "expected"), [
    (["01/03/2025", "25/03/2025", "", None], DateFormat("dmy", False)),
    (["01.03.2025", "31.12.2024 10:00"], DateFormat("dmy", False)),
    (["01/03/2025", "03/25/2025"], DateFormat("mdy", False)),
    (["3/1/2025 2:30 PM", "12/31/2024"], DateFormat("mdy", False)),
    (["01/03/2025", "02/03/2025"], DateFormat("dmy", True)),
    (["25/03/2025", "03/25/2025"], DateFormat("dmy", True)),  # contradictory, tie -> dmy
    (["25/03/2025", "03/25/2025", "03/26/2025"], DateFormat("mdy", True)),  # contradictory, majority
    (["2025-03-01", "2025/03/02", datetime(2025, 3, 1), 45717], DateFormat("ymd", False)),
    (["2025-03-01", "45717", "45718.5"], DateFormat("ymd", False, serials=True)),
    (["45717", "20250301"], DateFormat("ymd", False)),  # 20250301 is no serial: no serials column
    ([], DateFormat("ymd", False)),
])
def test_detect_date_format(values: list[object], expected: DateFormat) -> None:
    assert detect_date_format(iter(values)) == expected  # type: ignore[arg-type]


def test_date_format_rejects_unknown_orders() -> None:
    with pytest.raises(ValueError, match="date order"):
        DateFormat("ydm")


DATES = st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31))
SERIAL_DATES = st.dates(min_value=date(1900, 3, 1), max_value=date(9999, 12, 31))


def _formats(d: date, pad: bool) -> list[tuple[str, DateFormat]]:
    m, dd = (f"{d.month:02d}", f"{d.day:02d}") if pad else (str(d.month), str(d.day))
    y = f"{d.year:04d}"
    return [
        (d.isoformat(), DMY), (f"{y}/{m}/{dd}", MDY), (f"{y}.{m}.{dd}", DMY),
        (f"{dd}/{m}/{y}", DMY), (f"{dd}.{m}.{y}", DMY), (f"{dd}-{m}-{y}", DMY),
        (f"{m}/{dd}/{y}", MDY), (f"{m}-{dd}-{y}", MDY),
        (f"{d.year}年{m}月{dd}日", MDY), (f"{d.year}年{m}月{dd}号", DMY),
        (f"{dd} {d:%b} {y}", MDY), (f"{d:%B} {dd}, {y}", DMY),
    ]


@given(DATES, st.booleans())
def test_formatted_dates_parse_back(d: date, pad: bool) -> None:
    for text, fmt in _formats(d, pad):
        assert parse_date(text, fmt) == d, text


@given(SERIAL_DATES)
def test_excel_serials_parse_back(d: date) -> None:
    serial = (d - EXCEL_EPOCH).days
    assert parse_date(serial) == d
    assert parse_date(float(serial)) == d
    assert parse_date(str(serial), SERIALS) == d


@given(st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(9999, 12, 30)))
def test_datetimes_parse_back(dt: datetime) -> None:
    dt = dt.replace(microsecond=0)
    assert parse_datetime(dt.isoformat()) == dt
    assert parse_datetime(dt.strftime("%Y-%m-%d %H:%M:%S")) == dt
    assert parse_datetime(f"{dt.year}年{dt.month}月{dt.day}日 {dt:%H:%M:%S}") == dt
    assert parse_datetime(f"{dt.month}/{dt.day}/{dt.year} {dt:%I:%M:%S %p}", MDY) == dt
    serial = (dt - datetime(1899, 12, 30)) / timedelta(days=1)
    assert parse_datetime(serial) == dt


@given(st.lists(st.dates(min_value=date(1000, 1, 1)), min_size=1, max_size=20))
def test_detect_date_format_reads_back_its_own_column(dates: list[date]) -> None:
    for order, pattern in (("dmy", "{d:02d}/{m:02d}/{y}"), ("mdy", "{m:02d}/{d:02d}/{y}")):
        column = [pattern.format(d=x.day, m=x.month, y=x.year) for x in dates]
        fmt = detect_date_format(column)
        clear = any(x.day > 12 for x in dates)
        assert fmt == (DateFormat(order, False) if clear else DateFormat("dmy", True))
        if clear:
            assert [parse_date(text, fmt) for text in column] == dates


# ---- money -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "amount", "currency"), [
    ("1,234,567.89", "1234567.89", None),
    ("1.234.567,89", "1234567.89", None),
    ("1 234 567,89", "1234567.89", None),
    ("1\u00a0234\u00a0567,89", "1234567.89", None),
    ("1'234'567.89", "1234567.89", None),
    ("1.234.567", "1234567", None),
    ("1,234", "1234", None),
    ("1.234", "1.234", None),  # a lone dot is a decimal point
    ("1234,5", "1234.5", None),
    ("12,50", "12.50", None),
    ("¥1,200,000.00", "1200000.00", "CNY"),
    ("￥1,200", "1200", "CNY"),
    ("（￥１，２００．５０）", "-1200.50", "CNY"),
    ("$1,200.00", "1200.00", "USD"),
    ("US$ 99", "99", "USD"),
    ("HK$100", "100", "HKD"),
    ("€1.234,56", "1234.56", "EUR"),
    ("1.234,56 €", "1234.56", "EUR"),
    ("£3", "3", "GBP"),
    ("USD 1,200.00", "1200.00", "USD"),
    ("1200 EUR", "1200", "EUR"),
    ("CNY 5000", "5000", "CNY"),
    ("cny5000", "5000", "CNY"),
    ("RMB 5,000", "5000", "CNY"),
    ("$1,200 USD", "1200", "USD"),
    ("12.5万", "125000", None),
    ("1.2万元", "12000", "CNY"),
    ("3万 元", "30000", "CNY"),
    ("100元", "100", "CNY"),
    ("1.5亿", "150000000", None),
    ("¥12.5万", "125000", "CNY"),
    ("(1,200.00)", "-1200.00", None),
    ("($1,200.00)", "-1200.00", "USD"),
    ("-1,200.00", "-1200.00", None),
    ("\u22121,200.00", "-1200.00", None),
    ("-$5", "-5", "USD"),
    ("$-5", "-5", "USD"),
    ("USD -5", "-5", "USD"),
    ("1,200.00-", "-1200.00", None),
    ("+5", "5", None),
    ("-3万", "-30000", None),
    (1200, "1200", None),
    (-7, "-7", None),
    (0.1, "0.1", None),
    (1234.56, "1234.56", None),
    (1200.0, "1200", None),
])
def test_parse_money(value: object, amount: str, currency: str | None) -> None:
    result = parse_money(value)  # type: ignore[arg-type]
    assert result == (Decimal(amount), currency)


def test_float_cells_keep_their_shortest_digits() -> None:
    assert str(parse_money(0.1)[0]) == "0.1"
    assert str(parse_money(1234.56)[0]) == "1234.56"


@pytest.mark.parametrize("value", [
    "abc", "1,2345", "1,234,5", "1.234,567.89", "1,2.3", "--5", "(-5)", "$", "12..5", "1 2", "1.2.3,4,5", "X$5",
    True, date(2025, 3, 1), float("nan"), float("inf"), "5%",
])
def test_parse_money_refuses(value: object) -> None:
    with pytest.raises(ValueParseError) as info:
        parse_money(value)  # type: ignore[arg-type]
    assert info.value.template == "{value} is not an amount of money"
    assert info.value.fields == {"value": value}


def test_two_currencies_are_refused() -> None:
    with pytest.raises(ValueParseError) as info:
        parse_money("€5 USD")
    assert info.value.template == "{value} names two different currencies"
    assert str(info.value) == "€5 USD names two different currencies"


AMOUNTS = st.decimals(min_value=-10**12, max_value=10**12, places=2, allow_nan=False, allow_infinity=False)


def _decimal_comma(text: str, thousands: str) -> str:
    return text.replace(",", "\0").replace(".", ",").replace("\0", thousands)


@given(AMOUNTS)
def test_formatted_amounts_parse_back(amount: Decimal) -> None:
    size = abs(amount)
    grouped = f"{size:,.2f}"
    sign = "-" if amount < 0 else ""
    cases = [
        (f"{amount:,.2f}", None), (f"{amount:.2f}", None), (f"{sign}¥{grouped}", "CNY"), (f"{sign}${grouped}", "USD"),
        (f"{sign}€{_decimal_comma(grouped, '.')}", "EUR"), (f"{sign}{_decimal_comma(grouped, ' ')} EUR", "EUR"),
        (f"USD {sign}{grouped}", "USD"), (f"{sign}{grouped}元", "CNY"), (f"{sign}£{grouped}", "GBP"),
    ]
    for text, currency in cases:
        assert parse_money(text) == (amount, currency), text
    if amount < 0:
        assert parse_money(f"({grouped})") == (amount, None)
        assert parse_money(f"(¥{grouped})") == (amount, "CNY")


@given(st.integers(min_value=-10**10, max_value=10**10))
def test_wan_amounts_parse_back(hundreds: int) -> None:
    amount = Decimal(hundreds * 100)
    wan = format(Decimal(hundreds).scaleb(-2), "f")
    assert parse_money(f"{wan}万") == (amount, None)
    assert parse_money(f"{wan}万元") == (amount, "CNY")


@given(st.from_regex(r"\A[0-9]{1,30}(\.[0-9]{1,12})?\Z"))
def test_parse_money_keeps_every_digit(text: str) -> None:
    amount, currency = parse_money(text)
    assert currency is None
    assert amount.as_tuple() == Decimal(text).as_tuple()


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_float_cells_become_their_repr(value: float) -> None:
    assert parse_money(value) == (Decimal(repr(value)), None)


# ---- percent -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "expected"), [
    (35, "0.35"), ("35%", "0.35"), ("35 %", "0.35"), ("35％", "0.35"), (0.35, "0.35"), ("0.35", "0.35"),
    ("35.5%", "0.355"), ("35,5%", "0.355"), (35.5, "0.355"), ("35", "0.35"), (100, "1"), ("100%", "1"),
    (0, "0"), ("0%", "0"), (1, "1"), (1.0, "1"), ("0.5%", "0.005"), (12.5, "0.125"), (" 7 % ", "0.07"),
])
def test_parse_percent(value: object, expected: str) -> None:
    assert parse_percent(value) == Decimal(expected)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [101, "101%", 100.5, -1, "-5%", "-0.5", "abc", "%", True, float("nan"), "1e2"])
def test_parse_percent_refuses(value: object) -> None:
    with pytest.raises(ValueParseError) as info:
        parse_percent(value)  # type: ignore[arg-type]
    assert info.value.template == "{value} is not a percentage between 0 and 100"


@given(st.integers(min_value=0, max_value=1000))
def test_percents_parse_back(tenths: int) -> None:
    percent = Decimal(tenths).scaleb(-1)
    fraction = percent.scaleb(-2)
    assert parse_percent(f"{percent}%") == fraction
    assert parse_percent(f"{percent} %") == fraction
    if percent > 1:
        assert parse_percent(str(percent)) == fraction
        assert parse_percent(float(percent)) == fraction
    assert parse_percent(str(fraction)) == fraction


# ---- integers, booleans, text -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "expected"), [
    (1200, 1200), (1200.0, 1200), ("1,200", 1200), ("1200", 1200), (" 1 200 ", 1200), ("1200.00", 1200),
    ("-5", -5), ("+5", 5), ("１２００", 1200), ("0", 0), ("1,234,567", 1234567),
])
def test_parse_int(value: object, expected: int) -> None:
    assert parse_int(value) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [12.5, "12.5", "1,2", "abc", True, float("nan"), float("inf"), "1e3"])
def test_parse_int_refuses(value: object) -> None:
    with pytest.raises(ValueParseError) as info:
        parse_int(value)  # type: ignore[arg-type]
    assert info.value.template == "{value} is not a whole number"
    assert str(info.value) == f"{value} is not a whole number"


@pytest.mark.parametrize("value", [True, "true", "TRUE", "yes", "Y", "1", 1, 1.0, "是", "x", "X", " yes ", "√"])
def test_parse_bool_true(value: object) -> None:
    assert parse_bool(value) is True  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [False, "false", "False", "no", "N", "0", 0, 0.0, "否"])
def test_parse_bool_false(value: object) -> None:
    assert parse_bool(value) is False  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["maybe", 2, 0.5, "2", date(2025, 3, 1)])
def test_parse_bool_refuses(value: object) -> None:
    with pytest.raises(ValueParseError) as info:
        parse_bool(value)  # type: ignore[arg-type]
    assert info.value.template == "{value} is not yes or no"


@pytest.mark.parametrize(("value", "expected"), [
    (None, None), ("", None), ("   ", None), ("\ufeff", None), ("  Acme  ", "Acme"), (1200, "1200"),
    (13800138000.0, "13800138000"), (2.5, "2.5"), (0.1, "0.1"), (float("nan"), None), (True, "True"),
    (date(2025, 3, 1), "2025-03-01"), (datetime(2025, 3, 1, 10), "2025-03-01 10:00:00"), (time(10, 30), "10:30:00"),
])
def test_clean_text(value: object, expected: str | None) -> None:
    assert clean_text(value) == expected  # type: ignore[arg-type]


def test_errors_keep_literal_templates_and_fields() -> None:
    with pytest.raises(ValueParseError) as info:
        parse_money("abc")
    assert isinstance(info.value, ValueError)
    assert (info.value.template, info.value.fields, str(info.value)) == (
        "{value} is not an amount of money", {"value": "abc"}, "abc is not an amount of money")
