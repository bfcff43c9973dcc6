package io.github.aggregatorsdk.classpass.example.studio.staff;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.HtmlUtils;

/**
 * What every staff page shares: the head, the navigation between the pages, the sign-out button,
 * a notice or error line, and the CSRF token every form posts back.
 */
final class StaffLayout {

  /** The pages in the navigation, in the order of the studio's five ClassPass steps. */
  enum Nav {
    TIMETABLE("/", "Timetable"),
    ACTIVITIES("/activities", "Activity rules"),
    CUSTOMERS("/customers", "Customers"),
    DUPLICATES("/customers/duplicates", "Duplicates"),
    SETTINGS("/settings/classpass", "Settings ▸ ClassPass");

    final String path;
    final String label;

    Nav(String path, String label) {
      this.path = path;
      this.label = label;
    }
  }

  private final CsrfToken csrf;

  StaffLayout(CsrfToken csrf) {
    this.csrf = csrf;
  }

  /** Starts a page: head, navigation with {@code current} (null for none) marked, the title. */
  Html start(Nav current, String title) {
    Html html = new Html();
    html.add("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .add("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .add("<title>%s · Studio</title><style>" + STYLE + "</style></head><body>", title)
        .add("<nav>");
    for (Nav page : Nav.values()) {
      html.add(page == current
          ? "<a href=\"%s\" class=\"current\" aria-current=\"page\">%s</a>"
          : "<a href=\"%s\">%s</a>", page.path, page.label);
    }
    html.add(form("/logout") + "<button class=\"link\">Sign out</button></form></nav>")
        .add("<main><h1>%s</h1>", title);
    return html;
  }

  /** A success line under the title; nothing when null. */
  StaffLayout notice(Html html, String notice) {
    if (notice != null) {
      html.add("<p class=\"notice\" role=\"status\">%s</p>", notice);
    }
    return this;
  }

  /** An error line under the title, as a sentence; nothing when null. */
  StaffLayout error(Html html, String error) {
    if (error != null && !error.isEmpty()) {
      html.add("<p class=\"error\" role=\"alert\">%s</p>",
          Character.toUpperCase(error.charAt(0)) + error.substring(1));
    }
    return this;
  }

  /**
   * The opening of a post form to {@code action} with the CSRF token, as markup for {@link
   * Html#add} templates: the action is a {@code %s} placeholder when null, else fixed here.
   */
  String form(String action) {
    String target = action == null ? "%s" : HtmlUtils.htmlEscape(action).replace("%", "%%");
    return "<form method=post action=\"" + target + "\">" + tokenField();
  }

  /** The hidden CSRF field, as template markup. */
  String tokenField() {
    if (csrf == null) {
      return "";
    }
    return ("<input type=hidden name=\"" + HtmlUtils.htmlEscape(csrf.getParameterName())
            + "\" value=\"" + HtmlUtils.htmlEscape(csrf.getToken()) + "\">")
        .replace("%", "%%");
  }

  /** Ends a page. */
  static String end(Html html) {
    return html.add("</main></body></html>").toString();
  }

  private static final String STYLE =
      "body{font-family:system-ui,sans-serif;margin:0;color:#222}"
          + "nav{display:flex;gap:1em;align-items:center;background:#0b3954;padding:.6em 2em}"
          + "nav a{color:#dbe9ee;text-decoration:none}nav a.current{color:#fff;font-weight:bold;"
          + "border-bottom:2px solid #fff}nav form{margin-left:auto}"
          + "button.link{background:none;border:0;color:#dbe9ee;cursor:pointer;font:inherit}"
          + "main{margin:1em 2em;max-width:72em}"
          + "section{border-top:1px solid #ccc;padding:.5em 0}"
          + ".cancelled{color:#999}.cp{color:#05668d}.mode{color:#555}"
          + ".notice{background:#e6f4ea;border-left:4px solid #2e7d32;padding:.5em 1em}"
          + ".error,.problem{background:#fdecea;border-left:4px solid #c62828;padding:.5em 1em}"
          + ".problem{margin:.3em 0}"
          + "table{border-collapse:collapse}td,th{padding:.25em .6em;text-align:left;"
          + "vertical-align:top}tr:nth-child(even) td{background:#f6f8fa}"
          + "th{border-bottom:1px solid #ccc}"
          + "form{display:inline;margin-right:.5em}.actions{margin-top:.5em}"
          + "dl{display:grid;grid-template-columns:max-content auto;gap:.3em 1em}dt{color:#555}"
          + "dd{margin:0}code{background:#f0f0f0;padding:0 .3em;font-size:1em}"
          + ".partner-id,.venue-id{font-weight:bold;font-size:1.15em}"
          + "progress{width:20em}"
          + "label{margin-right:.8em}.muted{color:#777}";
}
