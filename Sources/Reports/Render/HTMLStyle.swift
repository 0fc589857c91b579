/// The report page's style sheet, embedded in the page (no network, no CDN).
enum HTMLStyle {
    static let css = """
    :root { --ink: #1d2430; --muted: #5b6472; --line: #dde1e7; --panel: #f6f7f9; --accent: #1f5fa8; }
    * { box-sizing: border-box; }
    body { margin: 0; color: var(--ink); background: #fff;
           font: 15px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, "DejaVu Sans", sans-serif; }
    main { max-width: 1080px; margin: 0 auto; padding: 28px 28px 80px; }
    h1 { font-size: 28px; margin: 0 0 6px; }
    h2 { font-size: 21px; margin: 40px 0 10px; padding-bottom: 6px; border-bottom: 2px solid var(--line); }
    h3 { font-size: 17px; margin: 0; display: flex; align-items: center; gap: 10px; flex-wrap: wrap; }
    a { color: var(--accent); }
    code, pre { font: 13px/1.45 "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; }
    pre.command { background: #1f2430; color: #f1f3f6; padding: 8px 12px; border-radius: 6px; overflow-x: auto; margin: 6px 0; }
    p.lead { color: var(--muted); margin: 4px 0 14px; }
    p.citation { color: var(--muted); margin: -4px 0 12px; font-style: italic; }
    table { border-collapse: collapse; }
    th, td { padding: 5px 10px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
    th { font-weight: 600; background: var(--panel); }
    td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    td.zero { color: #b6bcc6; }
    tr.total td { font-weight: 600; border-top: 2px solid var(--line); }
    p.map { line-height: 2.1; margin: 8px 0 18px; }
    a.chip { font: 12.5px/1.4 "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; text-decoration: none;
             color: var(--ink); padding: 2px 7px; border-radius: 4px; border-left: 4px solid; white-space: nowrap; }
    a.chip:hover { text-decoration: underline; }
    a.c-holds { background: #e8f5ec; border-color: #1e7b3c; }
    a.c-violated { background: #fdecec; border-color: #c62828; }
    a.c-vacuous { background: #fbf5dc; border-color: #8a6d00; }
    a.c-rate-consistent { background: #e4f3f4; border-color: #12707a; }
    a.c-rate-inconsistent { background: #fdf0e6; border-color: #d35400; }
    a.c-not-checkable { background: #f0f1f3; border-color: #6b7280; }
    .badge { display: inline-block; padding: 1px 9px; border-radius: 11px; font-size: 12.5px; font-weight: 700;
             letter-spacing: .02em; color: #fff; white-space: nowrap; }
    .v-holds { background: #1e7b3c; }
    .v-violated { background: #c62828; }
    .v-vacuous { background: #8a6d00; }
    .v-rate-consistent { background: #12707a; }
    .v-rate-inconsistent { background: #d35400; }
    .v-not-checkable { background: #6b7280; }
    dl.legend { display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; margin: 12px 0; font-size: 14px; color: var(--muted); }
    dl.legend dt { text-align: right; }
    dl.legend dd { margin: 0; }
    .notice { background: #fff4e5; border-left: 4px solid #d35400; padding: 10px 14px; margin: 14px 0; }
    .empty { background: var(--panel); padding: 14px; border-radius: 6px; color: var(--muted); }
    article.claim { border: 1px solid var(--line); border-radius: 8px; padding: 16px 18px; margin: 18px 0; }
    article.claim.violated, article.claim.rate-inconsistent { border-left: 5px solid #c62828; }
    .source { color: var(--muted); font-size: 14px; margin: 4px 0 10px; }
    blockquote.statement { margin: 8px 0 12px; padding: 8px 14px; background: var(--panel); border-left: 3px solid #9aa4b2;
                           white-space: pre-wrap; }
    dl.facts { display: grid; grid-template-columns: 170px 1fr; gap: 4px 14px; margin: 10px 0; font-size: 14px; }
    dl.facts dt { color: var(--muted); }
    dl.facts dd { margin: 0; overflow-wrap: anywhere; }
    figure { margin: 14px 0 6px; }
    figure svg { width: 100%; max-width: 760px; height: auto; display: block; border: 1px solid var(--line); border-radius: 4px; }
    figcaption { font-size: 13.5px; color: var(--muted); margin-top: 6px; max-width: 760px; }
    details { margin: 8px 0; font-size: 14px; }
    summary { cursor: pointer; color: var(--accent); }
    details table { margin: 6px 0; }
    ul.notes { margin: 6px 0; padding-left: 20px; font-size: 14px; }
    .files { font-size: 13px; color: var(--muted); }
    """
}
