"""Generated pages as MkDocs sees them, and their Markdown converted away from the build.

MkDocs spends most of a build converting Markdown to HTML, one page at a time, on one
core. The builder's pages are known before MkDocs reads them, so where worker processes
render them (``pipeline.py``), the workers also convert them, running MkDocs' own
``Page.render`` on their copy of the build's configuration and files. What comes back
(``Converted``) is everything ``Page.render`` leaves on a page, and the warnings it
logged, which the build process logs again so ``--strict`` counts them.

``GeneratedPage`` is a ``Page`` subclass, as Material's blog plugin uses: it takes its text
from the pipeline instead of a file (no front matter to parse: the pipeline hands over
the metadata itself) and, when its Markdown reaches ``render`` unchanged by any plugin,
installs the worker's HTML instead of converting again. Otherwise it is MkDocs' usual
page, so output is the same whichever process converted it. When no other plugin looks
at pages between reading and building them, a page's HTML may even arrive just before
MkDocs builds that page: MkDocs then writes the first pages while workers convert the
last ones.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import TableOfContents
from mkdocs.utils.meta import get_data

from builder.site.pipeline import RenderedPage


@dataclass(frozen=True)
class LogLine:
    """A message MkDocs logged while converting a page in a worker."""

    logger: str
    level: int
    message: str


@dataclass(frozen=True)
class Converted:
    """What MkDocs' ``Page.render`` leaves on a page, in a form that crosses processes."""

    content: str
    toc: TableOfContents
    title_from_render: str | None
    anchor_ids: frozenset[str]
    # Links to anchors in other pages, keyed by the target's src_uri (File objects are
    # the build process's own); None where MkDocs does not collect them.
    links_to_anchors: dict[str, dict[str, str]] | None
    logs: tuple[LogLine, ...]

    def install(self, page: Page, files: Files) -> None:
        page.content = self.content
        page.toc = self.toc
        page._title_from_render = self.title_from_render  # noqa: SLF001 (set by render)
        page.present_anchor_ids = set(self.anchor_ids)
        if self.links_to_anchors is not None:
            page.links_to_anchors = {
                target: links
                for uri, links in self.links_to_anchors.items()
                if (target := files.get_file_from_path(uri)) is not None
            }
        for line in self.logs:
            logging.getLogger(line.logger).log(line.level, line.message)


class _Collector(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.lines: list[LogLine] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(LogLine(record.name, record.levelno, record.getMessage()))


@contextmanager
def _captured_mkdocs_logs() -> Iterator[list[LogLine]]:
    """Collect what MkDocs logs, instead of printing or counting it here."""
    logger = logging.getLogger("mkdocs")
    collector = _Collector()
    handlers, propagate = logger.handlers, logger.propagate
    logger.handlers, logger.propagate = [collector], False
    try:
        yield collector.lines
    finally:
        logger.handlers, logger.propagate = handlers, propagate


@dataclass(frozen=True)
class MarkdownConverter:
    """Converts a generated page as MkDocs would, from a copy of the build's state."""

    config: MkDocsConfig
    files: Files

    def __call__(self, src_uri: str, markdown: str) -> Converted:
        file = self.files.get_file_from_path(src_uri)
        assert file is not None and file.page is not None, src_uri
        # In a worker this is the worker's copy of the page: the build's is untouched.
        page = file.page
        page.markdown = markdown
        with _captured_mkdocs_logs() as logs:
            Page.render(page, self.config, self.files)
        assert page.content is not None
        links = page.links_to_anchors
        return Converted(
            content=page.content,
            toc=page.toc,
            title_from_render=page._title_from_render,  # noqa: SLF001 (set by render)
            anchor_ids=frozenset(page.present_anchor_ids or ()),
            links_to_anchors=None
            if links is None
            else {target.src_uri: dict(anchors) for target, anchors in links.items()},
            logs=tuple(logs),
        )


# Plugin events that see a page's Markdown or HTML between MkDocs reading the page and
# building it. While no plugin but Briefing listens to them, a page's HTML may arrive as
# late as the build of that very page (``GeneratedPage.receive``).
_EVENTS_BEFORE_BUILD = ("page_read_source", "page_markdown", "page_content", "env")


def html_may_wait(config: MkDocsConfig, plugin: object) -> bool:
    """Whether no other plugin looks at generated pages before MkDocs builds them."""
    return all(
        getattr(handler, "__self__", None) is plugin
        for event in _EVENTS_BEFORE_BUILD
        for handler in config.plugins.events[event]
    )


class GeneratedPage(Page):
    """A page the builder generates; ``source`` hands over its text and HTML.

    Eager pages take their text when MkDocs reads them, as any page does. A page whose
    HTML may wait (``html_may_wait``) is read from its front matter data alone, and
    ``receive`` installs its text and HTML just before MkDocs builds it, so MkDocs
    builds the first pages while workers still convert the last ones.
    """

    def __init__(
        self,
        title: str | None,
        file: File,
        config: MkDocsConfig,
        *,
        meta: dict[str, object],
        source: Callable[[], RenderedPage[Converted]],
        waits: bool,
    ) -> None:
        super().__init__(title, file, config)
        self._meta = meta
        self._source = source
        self._waits = waits
        self._rendered: RenderedPage[Converted] | None = None  # as the pipeline handed it
        self._supplied: str | None = None  # the text another plugin supplied instead

    @property
    def text(self) -> str | None:
        """The page's whole source (front matter and Markdown), once it has arrived."""
        if self._supplied is not None:
            return self._supplied
        return None if self._rendered is None else self._rendered.source

    def read_source(self, config: MkDocsConfig) -> None:
        supplied = config.plugins.on_page_read_source(page=self, config=config)
        if supplied is not None:  # another plugin supplies the text: MkDocs' usual way
            self.markdown, self.meta = get_data(supplied)
            self._supplied, self._rendered, self._waits = supplied, None, False
        elif self._waits:
            self.markdown, self.meta = "", self._meta  # the text arrives with the HTML
        else:
            self._take(self._source())

    def render(self, config: MkDocsConfig, files: Files) -> None:
        if self._waits:
            self.content = ""  # until ``receive``
            return
        rendered = self._rendered
        # Markdown a plugin changed (on_page_markdown) is converted here, as MkDocs would.
        if rendered is None or rendered.converted is None or self.markdown is not rendered.markdown:
            super().render(config, files)
        else:
            rendered.converted.install(self, files)

    def receive(self, config: MkDocsConfig, files: Files) -> None:
        """Install the page's text and HTML, if they waited, before MkDocs builds it."""
        if not self._waits:
            return
        self._waits = False
        self._take(self._source())
        self.render(config, files)

    def _take(self, rendered: RenderedPage[Converted]) -> None:
        self.markdown, self.meta = rendered.markdown, rendered.meta
        self._rendered = rendered


class GeneratedFile(File):
    """A generated page's file, whose content is the page's text once MkDocs has read it.

    (A plugin that wants to change a generated page uses ``on_page_read_source`` or
    ``on_page_markdown``, which the page honours.)
    """

    @property
    def content_string(self) -> str:
        page = self.page
        if isinstance(page, GeneratedPage) and (text := page.text) is not None:
            return text
        return super().content_string

    @content_string.setter
    def content_string(self, value: str) -> None:
        File.content_string.fset(self, value)  # type: ignore[attr-defined]


def nav_titles(nav: object) -> dict[str, str]:
    """The title mkdocs.yml's ``nav`` gives each page path (``- Home: index.md``)."""
    titles: dict[str, str] = {}
    if isinstance(nav, list):
        for item in nav:
            titles.update(nav_titles(item))
    elif isinstance(nav, dict):
        for title, value in nav.items():
            if isinstance(value, str):
                titles.setdefault(value, str(title))
            else:
                titles.update(nav_titles(value))
    return titles
