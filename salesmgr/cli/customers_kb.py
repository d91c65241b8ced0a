"""`salesmgr kb` and `salesmgr competitors`: the knowledge base and the competitor library.

    salesmgr kb search TEXT [--json]              articles matching TEXT, best first, with a snippet
    salesmgr kb list [--type KIND] [--tag TAG] [--json]
    salesmgr kb show ID [--json]                  one article: type, tags, links, Markdown body
    salesmgr competitors [--json]                 every competitor with its deals and the win rate against it
    salesmgr competitors show NAME [--json]       one competitor: strengths, weaknesses, our answers, its deals

``kb search --json`` prints ``{"query": "...", "results": [{"id": N, "title": "...", "type": "...",
"snippet": "..."}]}``; the type is the article type's key (faq, story, talk_track, battle_card, spin); in the
snippet the matched words are marked ``**like this**``. Win rates are decimal strings to 4 places (won over won +
lost), null while none of the competitor's deals is closed. Default articles show in the language of ``--lang``.
"""
from __future__ import annotations

import argparse
from typing import Any

from salesmgr.cli.support import UsageError, emit, session_of
from salesmgr.cli.text import Column, count, not_available, share, table
from salesmgr.i18n import translate
from salesmgr.models.customers.kb_entities import ARTICLE_KINDS


def add_kb_parsers(commands: Any, add: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    kb = add(commands, "kb", "the knowledge base: FAQs, won-deal stories, talk tracks, battle cards and SPIN "
             "question sets; search them (English and Chinese), list them, show one")
    actions = kb.add_subparsers(dest="action", metavar="ACTION", parser_class=parser_class, required=True)
    find = add(actions, "search", "the articles matching the words, best first, with a snippet")
    find.add_argument("text", metavar="TEXT", help="the words to find (Chinese words such as 需求 too)")
    listing = add(actions, "list", "every article with its type and tags")
    listing.add_argument("--type", choices=ARTICLE_KINDS, help="only articles of this type")
    listing.add_argument("--tag", help="only articles with this tag (ignoring case)")
    show = add(actions, "show", "one article with its tags, links and Markdown text")
    show.add_argument("id", type=int, metavar="ID", help="the article's id (see 'kb list')")
    rivals = add(commands, "competitors", "the competitor library: strengths, weaknesses, our answers, the deals "
                 "where each appeared and the win rate against each")
    rival_actions = rivals.add_subparsers(dest="action", metavar="ACTION", parser_class=parser_class)
    one = add(rival_actions, "show", "one competitor with its deals")
    one.add_argument("name", metavar="NAME", help="the competitor's name (ignoring case, or a unique part)")


def cmd_kb(args: argparse.Namespace) -> int:
    handler = {"search": _search, "list": _list, "show": _show}[args.action]
    return handler(args)


def _search(args: argparse.Namespace) -> int:
    from salesmgr.models.customers import knowledge

    if not args.text.strip():
        raise UsageError(translate("Cli", "give the words to search for"))
    with session_of(args, write=False) as session:
        hits = knowledge.search(session, args.text)
    payload = {"query": args.text, "results": [{"id": hit.id, "title": hit.title, "type": hit.kind,
                                                "snippet": hit.snippet} for hit in hits]}
    lines = [f"#{hit.id}  {hit.title}  ({knowledge.kind_label(hit.kind)})\n    {hit.snippet}" for hit in hits]
    return emit(args, payload, "\n".join(lines) or translate("Cli", "no article matches {text}").format(
        text=args.text))


def _list(args: argparse.Namespace) -> int:
    from salesmgr.models.customers import knowledge

    with session_of(args, write=False) as session:
        articles = knowledge.list_articles(session, args.type, args.tag)
    payload = {"articles": [{"id": a.id, "title": a.title, "type": a.kind, "tags": list(a.tags), "stage": a.stage,
                             "default": a.builtin} for a in articles]}
    columns = [Column(translate("Cli", "id"), right=True), Column(translate("Cli", "type"), limit=20),
               Column(translate("Cli", "title"), limit=60), Column(translate("Cli", "tags"), limit=40)]
    rows = [[str(a.id), knowledge.kind_label(a.kind), a.title, ", ".join(a.tags)] for a in articles]
    return emit(args, payload, "\n".join(table(columns, rows)))


def _show(args: argparse.Namespace) -> int:
    from salesmgr.models.customers import knowledge

    with session_of(args, write=False) as session:
        article = knowledge.article(session, args.id)
    payload = {"id": article.id, "title": article.title, "type": article.kind, "tags": list(article.tags),
               "stage": article.stage, "default": article.builtin,
               "links": [{"target": link.target, "id": link.target_id, "name": link.name} for link in article.links],
               "body": article.body}
    head = [f"# {article.title}", f"{translate('Cli', 'type')}: {knowledge.kind_label(article.kind)}"]
    if article.tags:
        head.append(f"{translate('Cli', 'tags')}: {', '.join(article.tags)}")
    if article.stage:
        head.append(f"{translate('Cli', 'stage')}: {article.stage}")
    head += [f"{_target_label(link.target)}: {link.name}" for link in article.links]
    return emit(args, payload, "\n".join([*head, "", article.body]))


def _target_label(target: str) -> str:
    return {"account": translate("Cli", "account"), "opportunity": translate("Cli", "opportunity"),
            "competitor": translate("Cli", "competitor")}[target]


def cmd_competitors(args: argparse.Namespace) -> int:
    return _competitor(args) if args.action == "show" else _competitors(args)


def _rate(value: Any) -> str | None:
    return None if value is None else str(value)


def _competitors(args: argparse.Namespace) -> int:
    from salesmgr.models.customers.competitors import competitor_rows

    with session_of(args, write=False) as session:
        rows = competitor_rows(session)
    payload = {"competitors": [{"id": r.id, "name": r.name, "won": r.won, "lost": r.lost, "open": r.open,
                                "win_rate": _rate(r.win_rate)} for r in rows]}
    columns = [Column(translate("Cli", "competitor"), limit=40),
               *(Column(translate("Cli", word), right=True) for word in ("won", "lost", "open", "win rate"))]
    lines = [[r.name, count(r.won), count(r.lost), count(r.open),
              share(r.win_rate) if r.win_rate is not None else not_available()] for r in rows]
    return emit(args, payload, "\n".join(table(columns, lines)))


def _competitor(args: argparse.Namespace) -> int:
    from salesmgr.models.customers import competitors

    with session_of(args, write=False) as session:
        row = competitors.competitor(session, competitors.find_competitor(session, args.name))
        deals = competitors.competitor_deals(session, row.id)
    payload = {"id": row.id, "name": row.name, "website": row.website, "strengths": row.strengths,
               "weaknesses": row.weaknesses, "answers": row.answers, "won": row.won, "lost": row.lost,
               "open": row.open, "win_rate": _rate(row.win_rate),
               "deals": [{"id": d.id, "name": d.name, "account": d.account, "stage": d.stage, "outcome": d.outcome}
                         for d in deals]}
    rate = share(row.win_rate) if row.win_rate is not None else not_available()
    text = [f"# {row.name}", f"{translate('Cli', 'win rate')}: {rate}"]
    for title, body in ((translate("Cli", "strengths"), row.strengths),
                        (translate("Cli", "weaknesses"), row.weaknesses),
                        (translate("Cli", "our answers"), row.answers)):
        text += ["", f"## {title}", body or not_available()]
    columns = [Column(translate("Cli", "id"), right=True), Column(translate("Cli", "opportunity"), limit=40),
               Column(translate("Cli", "account"), limit=30), Column(translate("Cli", "stage"), limit=24)]
    text += ["", *table(columns, [[str(d.id), d.name, d.account or "", d.stage] for d in deals])]
    return emit(args, payload, "\n".join(text))
