package org.marsad.corpus;

import java.io.IOException;
import java.io.Writer;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an {@link ActorGraph} as GraphML (for Gephi and other graph tools): node attributes
 * name, name_ar, kb, type, country, sector, documents; edge attributes relation, period, first,
 * last, types, outlets, documents, anonymous_only and the first evidence sentence. A dated edge
 * also has {@code start} and {@code end}, the first and last day of its month, which Gephi reads
 * as the edge's time interval, so that its timeline plays the alliance graph month by month; an
 * undated edge has none and is always shown. Text is escaped by the XML writer.
 */
public final class GraphMl {
  private static final String NS = "http://graphml.graphdrawing.org/xmlns";
  private static final String[][] NODE_KEYS = {
    {"name", "string"}, {"name_ar", "string"}, {"kb", "string"}, {"type", "string"},
    {"country", "string"}, {"sector", "string"}, {"documents", "int"}
  };
  private static final String[][] EDGE_KEYS = {
    {"relation", "string"}, {"period", "string"}, {"start", "string"}, {"end", "string"},
    {"first", "string"}, {"last", "string"},
    {"types", "string"}, {"outlets", "string"}, {"documents", "int"},
    {"anonymous_only", "boolean"}, {"evidence", "string"}
  };

  private GraphMl() {}

  public static void write(ActorGraph graph, Writer out) throws IOException {
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("graphml");
      x.writeDefaultNamespace(NS);
      keys(x, "node", NODE_KEYS);
      keys(x, "edge", EDGE_KEYS);
      x.writeStartElement("graph");
      x.writeAttribute("id", "marsad");
      x.writeAttribute("edgedefault", "directed");
      for (ActorGraph.Node n : graph.nodes()) {
        x.writeStartElement("node");
        x.writeAttribute("id", n.key());
        data(x, "node", "name", n.name());
        data(x, "node", "name_ar", n.name_ar());
        data(x, "node", "kb", n.kb());
        data(x, "node", "type", n.type() == null ? null : n.type().name());
        data(x, "node", "country", n.country());
        data(x, "node", "sector", n.sector());
        data(x, "node", "documents", Integer.toString(n.documents()));
        x.writeEndElement();
      }
      int id = 0;
      for (ActorGraph.Edge e : graph.edges()) {
        x.writeStartElement("edge");
        x.writeAttribute("id", "e" + id++);
        x.writeAttribute("source", e.source());
        x.writeAttribute("target", e.target());
        data(x, "edge", "relation", e.relation());
        data(x, "edge", "period", e.period());
        YearMonth month = month(e.period());
        data(x, "edge", "start", month == null ? null : month.atDay(1).toString());
        data(x, "edge", "end", month == null ? null : month.atEndOfMonth().toString());
        data(x, "edge", "first", e.first());
        data(x, "edge", "last", e.last());
        data(x, "edge", "types", e.types().entrySet().stream().sorted(Map.Entry.comparingByKey())
            .map(t -> t.getKey() + ":" + t.getValue()).collect(Collectors.joining(" ")));
        data(x, "edge", "outlets", String.join("|", e.outlets()));
        data(x, "edge", "documents", Integer.toString(e.documents()));
        data(x, "edge", "anonymous_only", Boolean.toString(e.anonymous_only()));
        data(x, "edge", "evidence", e.evidence().isEmpty() ? null : e.evidence().get(0).text());
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeEndElement();
      x.writeEndDocument();
      x.flush();
      out.write('\n');
    } catch (XMLStreamException e) {
      throw new IOException("cannot write GraphML: " + e.getMessage(), e);
    }
  }

  /** The month of an edge's period, or null when it is unknown. */
  private static YearMonth month(String period) {
    try {
      return period == null ? null : YearMonth.parse(period);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static void keys(XMLStreamWriter x, String target, String[][] keys)
      throws XMLStreamException {
    for (String[] k : keys) {
      x.writeEmptyElement("key");
      x.writeAttribute("id", target.charAt(0) + "_" + k[0]);
      x.writeAttribute("for", target);
      x.writeAttribute("attr.name", k[0]);
      x.writeAttribute("attr.type", k[1]);
    }
  }

  private static void data(XMLStreamWriter x, String target, String key, String value)
      throws XMLStreamException {
    if (value == null) {
      return;
    }
    x.writeStartElement("data");
    x.writeAttribute("key", target.charAt(0) + "_" + key);
    x.writeCharacters(value);
    x.writeEndElement();
  }
}
