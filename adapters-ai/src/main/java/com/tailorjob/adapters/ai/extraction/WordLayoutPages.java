package com.tailorjob.adapters.ai.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.util.XMLHelper;

/**
 * The page count Word recorded when it last laid a document out, read from the package's
 * extended properties part ({@code docProps/app.xml}). Only that one element is read:
 * POI's own document properties parse every metadata part through XMLBeans, which made a
 * whole DOCX parse about a tenth slower.
 */
final class WordLayoutPages {

  private static final String PAGES = "Pages";

  /** Transitional documents, as Word writes them, and strict ones. */
  private static final List<String> RELATIONSHIPS = List.of(
      PackageRelationshipTypes.EXTENDED_PROPERTIES,
      PackageRelationshipTypes.STRICT_EXTENDED_PROPERTIES);

  /** POI's hardened factory: no DTDs, no external entities. Readers from it are independent. */
  private static final XMLInputFactory XML = XMLHelper.newXMLInputFactory();

  private WordLayoutPages() {}

  /** Empty for a document without a recorded layout, or with a count that is not a number. */
  static Optional<Integer> of(OPCPackage document) throws IOException {
    Optional<PackagePart> properties = extendedProperties(document);
    if (properties.isEmpty()) {
      return Optional.empty();
    }
    try (InputStream xml = properties.get().getInputStream()) {
      return read(xml);
    }
  }

  /** The positive number in the first {@code Pages} element of an extended properties part. */
  static Optional<Integer> read(InputStream xml) throws IOException {
    try {
      XMLStreamReader reader = XML.createXMLStreamReader(xml);
      try {
        return firstPages(reader);
      } finally {
        reader.close();
      }
    } catch (XMLStreamException e) {
      throw new IOException("the extended properties of the document are not well formed", e);
    }
  }

  private static Optional<Integer> firstPages(XMLStreamReader reader) throws XMLStreamException {
    while (reader.hasNext()) {
      if (reader.next() == XMLStreamConstants.START_ELEMENT
          && PAGES.equals(reader.getLocalName())) {
        return positive(reader.getElementText().strip());
      }
    }
    return Optional.empty();
  }

  private static Optional<Integer> positive(String number) {
    try {
      int pages = Integer.parseInt(number);
      return pages > 0 ? Optional.of(pages) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<PackagePart> extendedProperties(OPCPackage document) {
    for (String type : RELATIONSHIPS) {
      PackageRelationshipCollection found = document.getRelationshipsByType(type);
      if (found.size() > 0) {
        return Optional.ofNullable(document.getPart(found.getRelationship(0)));
      }
    }
    return Optional.empty();
  }
}
