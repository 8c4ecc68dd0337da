package nl.samen.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportFormatsTest {

  @Test
  void markdown_keepsUserTextAsText() {
    assertThat(MarkdownDocument.escape("*vet* _schuin_ [link](x) <b> | `code`"))
        .isEqualTo("\\*vet\\* \\_schuin\\_ \\[link\\](x) \\<b\\> \\| \\`code\\`");
    assertThat(MarkdownDocument.escape("regel\nnog een")).isEqualTo("regel nog een");
    assertThat(MarkdownDocument.escapeLineStart("# kop")).isEqualTo("\\# kop");
    assertThat(MarkdownDocument.escapeLineStart("1. lijst")).isEqualTo("\\1. lijst");
    assertThat(MarkdownDocument.escapeLineStart("€ 1.250,50 - klaar")).isEqualTo("€ 1.250,50 - klaar");
  }

  @Test
  void html_escapesEveryCharacterThatCouldOpenMarkup() {
    assertThat(HtmlDocument.escape("<script>\"'&")).isEqualTo("&lt;script&gt;&quot;&#39;&amp;");
  }

  @Test
  void fileNames_areMadeFromTheNetworksName() {
    assertThat(ReportCommand.slug("IB-netwerk Noord")).isEqualTo("ib-netwerk-noord");
    assertThat(ReportCommand.slug("Coördinatoren ICT & AVG!")).isEqualTo("coordinatoren-ict-avg");
    assertThat(ReportCommand.slug("***")).isEqualTo("netwerk");
  }
}
