"""The website: briefs rendered by Jinja templates into pages MkDocs Material builds."""
