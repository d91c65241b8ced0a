"""Word lists for the demo data: Chinese and English people, companies, industries, regions and products."""
from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")

SURNAMES: tuple[tuple[str, str], ...] = (
    ("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"),
    ("黄", "huang"), ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"), ("徐", "xu"), ("孙", "sun"),
    ("马", "ma"), ("朱", "zhu"), ("胡", "hu"), ("郭", "guo"), ("何", "he"), ("林", "lin"),
    ("高", "gao"), ("罗", "luo"), ("郑", "zheng"), ("梁", "liang"), ("谢", "xie"), ("宋", "song"),
    ("唐", "tang"), ("韩", "han"), ("冯", "feng"), ("邓", "deng"), ("曹", "cao"), ("彭", "peng"),
)
GIVEN_NAMES: tuple[tuple[str, str], ...] = (
    ("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"), ("丽", "li"),
    ("强", "qiang"), ("磊", "lei"), ("军", "jun"), ("洋", "yang"), ("勇", "yong"), ("艳", "yan"),
    ("杰", "jie"), ("涛", "tao"), ("明", "ming"), ("超", "chao"), ("秀英", "xiuying"), ("霞", "xia"),
    ("浩然", "haoran"), ("子涵", "zihan"), ("雨萱", "yuxuan"), ("梓轩", "zixuan"), ("思远", "siyuan"),
    ("晓东", "xiaodong"), ("佳怡", "jiayi"), ("建国", "jianguo"), ("志强", "zhiqiang"), ("文博", "wenbo"),
    ("欣怡", "xinyi"), ("宇航", "yuhang"), ("俊杰", "junjie"), ("婷婷", "tingting"), ("海燕", "haiyan"),
)
ENGLISH_GIVEN: tuple[str, ...] = (
    "Emily", "David", "Kevin", "Grace", "Jason", "Linda", "Michael", "Sophia", "Eric", "Cathy", "Daniel",
    "Helen", "Frank", "Iris", "Peter", "Vivian", "Tony", "Amy", "Ryan", "Olivia", "James", "Chloe", "Leo",
    "Nina", "Sarah", "Mark", "Anna", "Thomas",
)
ENGLISH_SURNAMES: tuple[str, ...] = (
    "Smith", "Johnson", "Brown", "Miller", "Davis", "Wilson", "Taylor", "Anderson", "Thomas", "Moore",
    "Martin", "Clark", "Lewis", "Walker", "Young", "King", "Wright", "Scott", "Green", "Baker", "Müller",
    "Schmidt", "Tanaka", "Kim",
)
CITIES: tuple[str, ...] = (
    "上海", "北京", "深圳", "广州", "杭州", "南京", "苏州", "成都", "武汉", "天津", "青岛", "厦门", "宁波",
    "西安", "合肥", "长沙", "无锡", "佛山",
)
CITIES_EN: dict[str, str] = {
    "上海": "Shanghai", "北京": "Beijing", "深圳": "Shenzhen", "广州": "Guangzhou", "杭州": "Hangzhou",
    "南京": "Nanjing", "苏州": "Suzhou", "成都": "Chengdu", "武汉": "Wuhan", "天津": "Tianjin", "青岛": "Qingdao",
    "厦门": "Xiamen", "宁波": "Ningbo", "西安": "Xi'an", "合肥": "Hefei", "长沙": "Changsha", "无锡": "Wuxi",
    "佛山": "Foshan",
}
ZH_BRANDS: tuple[tuple[str, str], ...] = (
    ("华创", "huachuang"), ("中科", "zhongke"), ("鼎盛", "dingsheng"), ("恒信", "hengxin"),
    ("博远", "boyuan"), ("瑞丰", "ruifeng"), ("金桥", "jinqiao"), ("天成", "tiancheng"), ("宏达", "hongda"),
    ("众联", "zhonglian"), ("星辰", "xingchen"), ("海纳", "haina"), ("东方", "dongfang"), ("新锐", "xinrui"),
    ("远航", "yuanhang"), ("汇智", "huizhi"), ("联创", "lianchuang"), ("嘉和", "jiahe"), ("润泽", "runze"),
    ("安泰", "antai"), ("九州", "jiuzhou"), ("正元", "zhengyuan"), ("云帆", "yunfan"), ("智达", "zhida"),
    ("宝丰", "baofeng"), ("永信", "yongxin"), ("凯旋", "kaixuan"), ("盛世", "shengshi"), ("蓝海", "lanhai"),
    ("同方", "tongfang"), ("华瑞", "huarui"), ("晨光", "chenguang"),
)
EN_BRANDS: tuple[str, ...] = (
    "Northwind", "Blue Ridge", "Silver Lake", "Pacific Rim", "Evergreen", "Summit", "Harbor", "Crescent",
    "Redwood", "Lakeside", "Orion", "Meridian", "Atlas", "Pioneer", "Sterling", "Horizon", "Keystone", "Apex",
    "Bluewater", "Granite", "Riverstone", "Maple Leaf",
)
ZH_SUFFIXES: tuple[str, ...] = ("有限公司", "有限公司", "有限公司", "股份有限公司", "集团有限公司")
EN_SUFFIXES: tuple[str, ...] = ("Ltd", "Inc.", "Co., Ltd.", "Group", "LLC", "Pte Ltd", "GmbH")


@dataclass(frozen=True)
class Industry:
    label: str
    zh_words: tuple[str, ...]
    en_words: tuple[str, ...]


INDUSTRIES: tuple[Industry, ...] = (
    Industry("科技/Technology", ("科技", "信息技术", "软件", "网络科技"), ("Technologies", "Software", "Systems")),
    Industry("金融/Finance", ("金融服务", "投资", "融资租赁", "保险代理"), ("Capital", "Financial", "Insurance")),
    Industry("制造/Manufacturing", ("机械制造", "精密制造", "电子", "新材料"), ("Manufacturing", "Industries")),
    Industry("零售/Retail", ("商贸", "零售", "连锁超市", "电子商务"), ("Retail", "Stores", "Trading")),
    Industry("医疗/Healthcare", ("医疗器械", "生物医药", "健康科技"), ("Health", "Medical", "Pharma")),
    Industry("物流/Logistics", ("物流", "供应链", "国际货运"), ("Logistics", "Freight", "Shipping")),
    Industry("教育/Education", ("教育科技", "培训", "文化传播"), ("Learning", "Education")),
    Industry("能源/Energy", ("新能源", "电力", "能源科技"), ("Energy", "Power", "Solar")),
)

# name, list price in yuan (a typical first-year deal before size and discount)
PRODUCTS: tuple[tuple[str, int], ...] = (
    ("CRM 标准版 Standard", 60_000), ("CRM 企业版 Enterprise", 180_000), ("数据分析平台 Analytics", 120_000),
    ("客服云 Service Cloud", 90_000), ("实施服务 Implementation", 80_000), ("培训服务 Training", 20_000),
    ("API 集成 Integration", 50_000),
)
LEAD_SOURCES: tuple[str, ...] = (
    "Website", "官网", "Webinar", "线上研讨会", "Trade show", "展会", "Referral", "客户推荐", "Partner",
    "Cold call", "LinkedIn",
)
EXISTING_CUSTOMER = "Existing customer"
ZH_TITLES: tuple[str, ...] = ("总经理", "信息总监", "IT经理", "采购经理", "销售总监", "财务总监", "运营总监", "副总裁")
EN_TITLES: tuple[str, ...] = (
    "CEO", "CIO", "IT Manager", "Procurement Manager", "Head of Sales", "CFO", "Operations Director",
    "VP Operations",
)
ACTIVITY_SUBJECTS: dict[str, tuple[str, ...]] = {
    "call": ("电话沟通需求", "Follow-up call", "报价电话确认", "Discovery call"),
    "email": ("发送方案资料", "Sent proposal", "Pricing follow-up", "会议纪要邮件"),
    "meeting": ("需求调研会议", "Stakeholder meeting", "商务谈判", "Contract review"),
    "visit": ("客户拜访", "On-site visit", "高层拜访"),
    "demo": ("产品演示", "Product demo", "POC 演示"),
}


class DemoRandom(random.Random):
    """``random.Random`` plus float-based picks: about four times faster than ``choice`` and ``randrange``
    (whose exact integer sampling the demo does not need), which matters a million rows at a time."""

    def pick(self, seq: Sequence[T]) -> T:
        return seq[int(self.random() * len(seq))]

    def below(self, n: int) -> int:
        """0 <= result < n."""
        return int(self.random() * n)

    def between(self, low: int, high: int) -> int:
        """low <= result <= high."""
        return low + int(self.random() * (high - low + 1))

    def weighted(self, seq: Sequence[T], cum_weights: Sequence[float]) -> T:
        return seq[bisect(cum_weights, self.random() * cum_weights[-1])]


class NameMaker:
    """People, companies and phone numbers drawn from one ``random.Random``."""

    def __init__(self, rng: DemoRandom) -> None:
        self.rng = rng

    def chinese_person(self) -> tuple[str, str]:
        """(``王伟``, ``wei.wang``): a name and an e-mail local part."""
        surname, surname_py = self.rng.pick(SURNAMES)
        given, given_py = self.rng.pick(GIVEN_NAMES)
        return surname + given, f"{given_py}.{surname_py}"

    def english_named_chinese(self) -> tuple[str, str]:
        """``Emily Chen``: an English given name with a Chinese surname, as in many sales teams."""
        _surname, surname_py = self.rng.pick(SURNAMES)
        given = self.rng.pick(ENGLISH_GIVEN)
        return f"{given} {surname_py.capitalize()}", f"{given.lower()}.{surname_py}"

    def foreign_person(self) -> tuple[str, str]:
        given = self.rng.pick(ENGLISH_GIVEN)
        surname = self.rng.pick(ENGLISH_SURNAMES)
        return f"{given} {surname}", f"{given.lower()}.{surname.lower().replace('ü', 'ue')}"

    def person(self, foreign: bool) -> tuple[str, str]:
        if foreign:
            return self.foreign_person()
        return self.chinese_person() if self.rng.random() < 0.8 else self.english_named_chinese()

    def company(self, industry: Industry, foreign: bool) -> tuple[str, str]:
        """(name, e-mail domain): ``上海华创科技有限公司`` or ``Northwind Logistics Ltd``."""
        rng = self.rng
        if foreign:
            brand = rng.pick(EN_BRANDS)
            name = f"{brand} {rng.pick(industry.en_words)} {rng.pick(EN_SUFFIXES)}"
            return name, brand.lower().replace(" ", "") + ".example.com"
        brand, brand_py = rng.pick(ZH_BRANDS)
        name = rng.pick(CITIES) + brand + rng.pick(industry.zh_words) + rng.pick(ZH_SUFFIXES)
        return name, brand_py + ".example.cn"

    @staticmethod
    def branch(company: str, foreign: bool, city: str) -> str:
        """The company's branch in ``city``: ``上海华创科技有限公司苏州分公司``, ``Northwind Systems Ltd (Suzhou)``."""
        return f"{company} ({CITIES_EN[city]})" if foreign else f"{company}{city}分公司"

    def title(self, foreign: bool) -> str:
        return self.rng.pick(EN_TITLES if foreign else ZH_TITLES)

    def phone(self) -> str:
        rng = self.rng
        return f"+86 1{rng.between(30, 99)} {rng.below(10_000):04d} {rng.below(10_000):04d}"
