package com.tailorjob.adapters.ai.sections;

import com.tailorjob.domain.parse.CvSections.CertificationEntry;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one certification per line or bullet: its name, the issuer after "by", a comma, a
 * spaced dash or a bar, and its date when one is written.
 */
final class CertificationParser {

  private static final Pattern ISSUED_BY = Pattern.compile("\\s+(?:issued\\s+)?by\\s+",
      Pattern.CASE_INSENSITIVE);
  private static final List<Pattern> LAST_SEPARATORS = List.of(
      Pattern.compile(",\\s+"), Pattern.compile("\\s+-\\s+"), Pattern.compile("\\s+\\|\\s+"));

  private CertificationParser() {}

  static List<CertificationEntry> parse(List<String> lines) {
    return lines.stream()
        .map(CvLines::withoutBullet)
        .filter(line -> !line.isEmpty())
        .map(CertificationParser::entry)
        .flatMap(Optional::stream)
        .toList();
  }

  private static Optional<CertificationEntry> entry(String line) {
    String period = CvLines.anyDate(line).orElse("");
    String rest = period.isEmpty() ? CvLines.trimSeparators(line) : CvLines.without(line, period);

    String[] nameAndIssuer = splitIssuer(rest);
    String name = CvLines.trimSeparators(nameAndIssuer[0]);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new CertificationEntry(name, CvLines.trimSeparators(nameAndIssuer[1]), period));
  }

  private static String[] splitIssuer(String text) {
    Matcher by = ISSUED_BY.matcher(text);
    if (by.find()) {
      return new String[] {text.substring(0, by.start()), text.substring(by.end())};
    }
    for (Pattern separator : LAST_SEPARATORS) {
      Matcher matcher = separator.matcher(text);
      int start = -1;
      int end = -1;
      while (matcher.find()) {
        start = matcher.start();
        end = matcher.end();
      }
      if (start >= 0) {
        return new String[] {text.substring(0, start), text.substring(end)};
      }
    }
    return new String[] {text, ""};
  }
}
