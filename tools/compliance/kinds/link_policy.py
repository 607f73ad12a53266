"""``link_policy``: allowed domains only, no public shorteners, HTTPS, a maximum link count."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TypedDict

from nextbest.brand_context.models import BrandPack, LinkPolicyRule
from nextbest.tools.compliance.kinds.base import CheckContext, violation
from nextbest.tools.compliance.normalise import link_view
from nextbest.tools.compliance.verdict import Violation


class _Where(TypedDict):
    """Where a link sits, as :func:`violation` takes it."""

    field: str | None
    span: tuple[int, int] | None
    evidence: str


@dataclass(frozen=True)
class Link:
    """A link found in the copy or given in ``message.links``.

    Attributes:
        text: The link as written.
        scheme: ``https``, ``http`` or '' for a bare domain.
        host: Lower-cased host without port or ``www.``.
        field: Copy field it was found in (None for ``message.links``).
        span: Span in that field's original text.
    """

    text: str
    scheme: str
    host: str
    field: str | None
    span: tuple[int, int] | None


def _host_of(raw: str) -> str:
    host = raw.rsplit("@", 1)[-1].split(":", 1)[0].strip(".").lower()
    return host.removeprefix("www.")


_SITE_NAME = re.compile(r"[A-Z][a-z0-9]+(?:-[a-z0-9]+)*\.[a-z]{2,6}")
"""A bare domain written as a name, its first letter a capital ("Reviewly.com"): prose names a
company or publication so; an address to follow is written in lower case or with a scheme."""

_GO_TO = re.compile(
    r"\b(?:visit|go\s+to|head\s+(?:over\s+)?to|at|see|check\s+out|browse|open|type|enter)"
    r"\s+$",
    re.IGNORECASE,
)
"""Words that send the reader to the address after them ("Visit Example.com"): a link."""


def site_name(text: str, start: int, end: int, scheme: str, rest: str | None) -> bool:
    """Whether a bare domain at ``text[start:end]`` is a site's name, not a link.

    "Rated 4.9 by readers on Reviewly.com": a capitalised domain with no scheme, ``www.``
    or path names the site (a publication, a review platform) the copy cites. "Visit
    Reviewly.com" sends the reader there and stays a link.

    Args:
        text: The field's original text.
        start: Where the domain starts.
        end: Where it ends.
        scheme: The link's scheme ('' for a bare domain).
        rest: The path, query or fragment after the host, if any.

    Returns:
        True when the domain is only a name.
    """
    if scheme or rest or _SITE_NAME.fullmatch(text, start, end) is None:
        return False
    return _GO_TO.search(text, max(0, start - 20), start) is None


def extract_links(ctx: CheckContext) -> list[Link]:
    """Every link in the copy (found on the link view) plus ``message.links``.

    A capitalised bare domain the copy cites as a site's name (:func:`site_name`) is no link.

    The result is cached on the context, so several rules share one extraction.

    Args:
        ctx: The check context (its engine-compiled link pattern is used).

    Returns:
        The links in order of appearance.
    """
    cached = ctx.cache.get("links")
    if isinstance(cached, list):
        return cached
    pattern = ctx.patterns.link
    links: list[Link] = []
    for name, text in ctx.fields.items():
        view = link_view(text.original)
        for match in pattern.finditer(view.text):
            scheme = match.group("scheme") or ""
            host = _host_of(match.group("host1") or match.group("host2") or "")
            start, end = view.original_span(*match.span())
            if site_name(text.original, start, end, scheme, match.group("rest")):
                continue  # "rated by readers on Reviewly.com": the site's name
            links.append(Link(text.original[start:end], scheme, host, name, (start, end)))
    for raw in ctx.message.links:
        match = pattern.search(link_view(raw).text)
        if match is None:
            links.append(Link(raw, "", "", None, None))
            continue
        scheme = match.group("scheme") or ""
        host = _host_of(match.group("host1") or match.group("host2"))
        links.append(Link(raw, scheme, host, None, None))
    ctx.cache["links"] = links
    return links


def domain_matches(host: str, domain: str) -> bool:
    """Whether ``host`` is ``domain`` or one of its subdomains."""
    domain = domain.lower().removeprefix("www.")
    return host == domain or host.endswith("." + domain)


def own_domain_links(links: list[Link], pack: BrandPack) -> list[Link]:
    """The links that point at one of the brand's own website domains.

    Args:
        links: Links found in a message.
        pack: The brand pack (``brand.website_domains``).

    Returns:
        Those links whose host is a brand domain or a subdomain of one.
    """
    domains = pack.brand.website_domains
    return [link for link in links if any(domain_matches(link.host, d) for d in domains)]


def own_links(ctx: CheckContext) -> list[Link]:
    """:func:`own_domain_links` of the message's links, cached on the context (read-only).

    Args:
        ctx: The check context.

    Returns:
        The links to the brand's own domains, shared by every rule that reads them.
    """
    cached = ctx.cache.get("own_links")
    if isinstance(cached, list):
        return cached
    links = own_domain_links(extract_links(ctx), ctx.pack)
    ctx.cache["own_links"] = links
    return links


class LinkPolicyCheck:
    """Checks every link against the banned and allowed domains, HTTPS and the link count."""

    def __init__(self, rule: LinkPolicyRule, pack: BrandPack) -> None:
        """Compile the link pattern and resolve the allowed domains.

        Args:
            rule: The rule.
            pack: The brand pack (its website domains are the default allow-list).
        """
        self.rule = rule
        self.rule_id = rule.id
        self.allowed = list(rule.params.allowed_domains or pack.brand.website_domains)
        self.banned = list(rule.params.banned_domains)

    def check(self, ctx: CheckContext) -> list[Violation]:
        """Violations for each offending link."""
        params = self.rule.params
        found: list[Violation] = []
        links = extract_links(ctx)
        for link in links:
            where: _Where = {"field": link.field, "span": link.span, "evidence": link.text}
            if not link.host:
                found.append(
                    violation(
                        self.rule,
                        f"Link {link.text!r} cannot be parsed.",
                        fix_hint="Use a full https:// link.",
                        **where,
                    )
                )
                continue
            if any(domain_matches(link.host, d) for d in self.banned):
                found.append(
                    violation(
                        self.rule,
                        f"Link uses a banned domain ({link.host}).",
                        fix_hint="Use the brand's own (branded) link domain instead.",
                        **where,
                    )
                )
                continue
            if self.allowed and not any(domain_matches(link.host, d) for d in self.allowed):
                found.append(
                    violation(
                        self.rule,
                        f"Link points to {link.host}, which is not an allowed domain.",
                        fix_hint=f"Link only to {', '.join(self.allowed)}.",
                        **where,
                    )
                )
                continue
            if params.require_https and link.scheme and link.scheme != "https":
                found.append(
                    violation(
                        self.rule,
                        f"Link {link.text!r} does not use HTTPS.",
                        fix_hint="Use https://.",
                        **where,
                    )
                )
        if params.max_links is not None and len(links) > params.max_links:
            found.append(
                violation(
                    self.rule,
                    f"The message has {len(links)} links; at most {params.max_links} allowed.",
                    evidence=", ".join(link.text for link in links),
                    fix_hint=f"Keep at most {params.max_links} link(s).",
                )
            )
        return found
