package com.tailorjob.adapters.ai.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WordLayoutPagesTest {

  private static final String NAMESPACE =
      "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";

  @Test
  void reads_the_page_count_word_recorded() throws IOException {
    assertThat(WordLayoutPages.read(properties("<Pages>3</Pages><Words>412</Words>")))
        .contains(3);
  }

  @Test
  void finds_no_page_count_in_properties_without_one() throws IOException {
    assertThat(WordLayoutPages.read(properties("<Words>412</Words>"))).isEmpty();
  }

  @Test
  void ignores_a_page_count_that_is_not_a_positive_number() throws IOException {
    assertThat(WordLayoutPages.read(properties("<Pages>-4</Pages>"))).isEmpty();
    assertThat(WordLayoutPages.read(properties("<Pages>many</Pages>"))).isEmpty();
    assertThat(WordLayoutPages.read(properties("<Pages>99999999999</Pages>"))).isEmpty();
  }

  @Test
  void refuses_properties_that_declare_an_external_entity() {
    String hostile = "<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY pages SYSTEM "
        + "\"file:///etc/hostname\">]><Properties xmlns=\"" + NAMESPACE + "\">"
        + "<Pages>&pages;</Pages></Properties>";

    assertThatThrownBy(() -> WordLayoutPages.read(stream(hostile)))
        .isInstanceOf(IOException.class);
  }

  @Test
  void reports_malformed_properties_as_unreadable() {
    assertThatThrownBy(() -> WordLayoutPages.read(stream("<Properties><Pages>3</Prop")))
        .isInstanceOf(IOException.class);
  }

  private static InputStream properties(String elements) {
    return stream("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Properties xmlns=\"" + NAMESPACE
        + "\">" + elements + "</Properties>");
  }

  private static InputStream stream(String xml) {
    return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
  }
}
