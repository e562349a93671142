package org.marsad.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.marsad.corpus.Actor;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.store.Rows.Highlight;

/**
 * The Lucene index of a store: one Lucene document per stored document, keyed by its seq, with its
 * title and text analyzed by {@link SearchAnalyzer} and its filter fields (outlet, publication
 * date, entity keys, event types) as exact terms. The commit's user data records the highest seq
 * indexed, so that the store can index again what a killed process left out. Thread-safe.
 */
final class SearchIndex implements AutoCloseable {
  static final String SEQ_MARK = "marsad.seq";
  private static final int MAX_QUERY_WORDS = 32;
  private static final Sort NEWEST_FIRST = newestFirst();

  private final SearchAnalyzer analyzer = new SearchAnalyzer();
  private final FSDirectory directory;
  /** Null when the index is opened for reading only. */
  private final IndexWriter writer;
  private final SearcherManager searchers;

  /** Opens the index for writing (it holds the index's lock) and reading. */
  SearchIndex(Path dir) throws IOException {
    directory = FSDirectory.open(dir);
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    writer = new IndexWriter(directory, config);
    if (!org.apache.lucene.index.DirectoryReader.indexExists(directory)) {
      writer.commit(); // a first, empty commit, so that a reader can open a new store
    }
    searchers = new SearcherManager(writer, null);
  }

  private SearchIndex(FSDirectory directory) throws IOException {
    this.directory = directory;
    this.writer = null;
    this.searchers = new SearcherManager(directory, null);
  }

  /**
   * Opens the index for reading only: it takes no lock, so another process may write meanwhile;
   * each search first looks for a newer commit of that writer.
   */
  static SearchIndex reading(Path dir) throws IOException {
    FSDirectory directory = FSDirectory.open(dir);
    try {
      return new SearchIndex(directory);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  private IndexWriter writer() {
    if (writer == null) {
      throw new IllegalStateException("the search index is open for reading only");
    }
    return writer;
  }

  /** The highest seq of the last commit, or 0. */
  long committedSeq() throws IOException {
    if (writer == null) {
      String seq = org.apache.lucene.index.SegmentInfos.readLatestCommit(directory).getUserData()
          .get(SEQ_MARK);
      return seq == null ? 0 : Long.parseLong(seq);
    }
    Map<String, String> data = null;
    for (Map.Entry<String, String> e : writer.getLiveCommitData()) {
      if (data == null) {
        data = new HashMap<>();
      }
      data.put(e.getKey(), e.getValue());
    }
    return data == null || !data.containsKey(SEQ_MARK) ? 0 : Long.parseLong(data.get(SEQ_MARK));
  }

  /** Adds or replaces the document with this seq. */
  void put(long seq, Document doc) throws IOException {
    org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
    d.add(new StringField("seq", Long.toString(seq), Field.Store.YES));
    d.add(new TextField("text", doc.text(), Field.Store.NO));
    if (doc.source().outlet() != null) {
      d.add(new StringField("outlet", doc.source().outlet(), Field.Store.NO));
    }
    String published = doc.published().value();
    if (published != null) {
      d.add(new StringField("date", published, Field.Store.NO));
      d.add(new SortedDocValuesField("date_sort", new BytesRef(published)));
    }
    Set<String> keys = new LinkedHashSet<>();
    Map<String, Entity> byId = new HashMap<>();
    for (Entity e : doc.entities()) {
      keys.add(Store.entityKey(e));
      byId.put(e.id(), e);
    }
    // the actors the events' parties stand for: a document where Cairo acts is Egypt's too
    for (Event e : doc.events()) {
      for (String party : new String[] {e.actor(), e.recipient()}) {
        Actor a = Actor.party(party == null ? null : byId.get(party));
        if (a != null) {
          keys.add(a.key());
        }
      }
    }
    for (String k : keys) {
      d.add(new StringField("entity", k, Field.Store.NO));
    }
    Set<String> types = new LinkedHashSet<>();
    for (Event e : doc.events()) {
      types.add(e.type().name());
    }
    for (String t : types) {
      d.add(new StringField("etype", t, Field.Store.NO));
    }
    d.add(new StoredField("seq_stored", seq));
    writer().updateDocument(new Term("seq", Long.toString(seq)), d);
  }

  /** Commits everything added, recording {@code seq} as the highest seq indexed. */
  void commit(long seq) throws IOException {
    writer().setLiveCommitData(Map.of(SEQ_MARK, Long.toString(seq)).entrySet());
    writer().commit();
  }

  int liveDocs() throws IOException {
    searchers.maybeRefreshBlocking();
    IndexSearcher s = searchers.acquire();
    try {
      return s.getIndexReader().numDocs();
    } finally {
      searchers.release(s);
    }
  }

  /** The seqs of the matching documents, best first, and the total. */
  record Hits(long total, List<Long> seqs, List<Float> scores) {}

  /** Searches with the syntax of {@link SearchQuery}: words, OR, "phrases" and -exclusions. */
  Hits search(String query, Filter filter, int offset, int limit) throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    SearchQuery parsed = SearchQuery.parse(query);
    int words = 0;
    boolean empty = true;
    for (List<String> group : parsed.required()) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      int alternatives = 0;
      for (String atom : group) {
        List<String> tokens = words(atom);
        words += tokens.size();
        Query q = atomQuery(tokens);
        if (q != null) {
          any.add(q, Occur.SHOULD);
          alternatives++;
        }
      }
      if (alternatives > 0) {
        b.add(alternatives == 1 ? any.build().clauses().get(0).getQuery() : any.build(),
            Occur.MUST);
        empty = false;
      }
    }
    for (String atom : parsed.excluded()) {
      List<String> tokens = words(atom);
      words += tokens.size();
      Query q = atomQuery(tokens);
      if (q != null) {
        b.add(q, Occur.MUST_NOT);
      }
    }
    if (words > MAX_QUERY_WORDS) {
      throw new IllegalArgumentException("too many words in the query (at most " + MAX_QUERY_WORDS + ")");
    }
    if (empty) {
      b.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    if (filter.outlet() != null) {
      b.add(new org.apache.lucene.search.WildcardQuery(new Term("outlet",
          "*" + filter.outlet().replaceAll("([*?\\\\])", "\\\\$1") + "*")), Occur.FILTER);
    }
    if (filter.entity() != null) {
      b.add(new TermQuery(new Term("entity", filter.entity())), Occur.FILTER);
    }
    if (filter.eventType() != null) {
      b.add(new TermQuery(new Term("etype", filter.eventTypeName())), Occur.FILTER);
    }
    if (filter.from() != null || filter.to() != null) {
      b.add(TermRangeQuery.newStringRange("date", filter.from(), filter.toExclusive(), true, false),
          Occur.FILTER);
    }
    searchers.maybeRefresh();
    IndexSearcher s = searchers.acquire();
    try {
      int n = offset + limit;
      TopDocs top = empty ? s.search(b.build(), n, NEWEST_FIRST) : s.search(b.build(), n);
      List<Long> seqs = new ArrayList<>();
      List<Float> scores = new ArrayList<>();
      ScoreDoc[] docs = top.scoreDocs;
      for (int i = offset; i < docs.length; i++) {
        seqs.add(Long.parseLong(s.storedFields().document(docs[i].doc).get("seq")));
        scores.add(Float.isNaN(docs[i].score) ? 0f : docs[i].score);
      }
      long total = top.totalHits.relation == TotalHits.Relation.EQUAL_TO
          ? top.totalHits.value : s.count(b.build()); // past 1,000 hits Lucene only gives a bound
      return new Hits(total, seqs, scores);
    } finally {
      searchers.release(s);
    }
  }

  /**
   * The query for a word or phrase, as the analyzer split it: a word matches any of its readings,
   * a phrase its words in order, each in any of its readings; null for no word.
   */
  private static Query atomQuery(List<String> tokens) {
    if (tokens.isEmpty()) {
      return null;
    }
    if (tokens.size() == 1) {
      return wordQuery(tokens.get(0));
    }
    org.apache.lucene.search.MultiPhraseQuery.Builder phrase =
        new org.apache.lucene.search.MultiPhraseQuery.Builder();
    for (String token : tokens) {
      phrase.add(SearchAnalyzer.readings(token).stream().map(r -> new Term("text", r))
          .toArray(Term[]::new));
    }
    return phrase.build();
  }

  /** A word matches any of its readings; the word as written counts most. */
  private static Query wordQuery(String word) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    boolean first = true;
    for (String r : SearchAnalyzer.readings(word)) {
      Query t = new TermQuery(new Term("text", r));
      any.add(first ? new BoostQuery(t, 2f) : t, Occur.SHOULD);
      first = false;
    }
    return any.build();
  }

  /** The query's words, as the tokenizer splits them (before readings). */
  List<String> words(String query) throws IOException {
    List<String> out = new ArrayList<>();
    if (query == null || query.isBlank()) {
      return out;
    }
    try (TokenStream ts = analyzer.tokenStream("text", query)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute inc =
          ts.addAttribute(org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (inc.getPositionIncrement() > 0) {
          out.add(term.toString()); // the first reading is the normalized word itself
        }
      }
      ts.end();
    }
    return out;
  }

  /**
   * The spans of {@code text} whose readings meet the query's words' readings, from the first up
   * to {@code window} characters after its start.
   */
  List<Highlight> matches(String query, String text, int window) {
    Set<String> wanted = new LinkedHashSet<>();
    try {
      for (String atom : SearchQuery.parse(query).wanted()) {
        for (String w : words(atom)) {
          wanted.addAll(SearchAnalyzer.readings(w));
        }
      }
      List<Highlight> out = new ArrayList<>();
      if (wanted.isEmpty()) {
        return out;
      }
      try (TokenStream ts = analyzer.tokenStream("text", text)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
        ts.reset();
        int lastStart = -1;
        while (ts.incrementToken()) {
          if (!out.isEmpty() && off.startOffset() > out.get(0).start() + window) {
            break;
          }
          if (off.startOffset() != lastStart && wanted.contains(term.toString())) {
            out.add(new Highlight(off.startOffset(), off.endOffset()));
            lastStart = off.startOffset();
          }
        }
        ts.end();
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Sort newestFirst() {
    SortField date = new SortField("date_sort", SortField.Type.STRING, true);
    date.setMissingValue(SortField.STRING_FIRST); // reversed: undated documents come last
    return new Sort(date, SortField.FIELD_DOC);
  }

  @Override
  public void close() throws IOException {
    searchers.close();
    if (writer != null) {
      writer.close();
    }
    directory.close();
  }
}
