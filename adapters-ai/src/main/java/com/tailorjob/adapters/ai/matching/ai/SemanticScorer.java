package com.tailorjob.adapters.ai.matching.ai;

import com.tailorjob.domain.job.JobPosting;
import com.tailorjob.domain.parse.CvSections;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How close in meaning a CV is to a posting, from the in-process all-MiniLM-L6-v2 (quantized)
 * sentence embedding model that ships in its Maven artifact: it runs offline, needs no key and
 * costs nothing. Each posting sentence is paired with the CV passage nearest to it, and the
 * mean of those similarities is mapped onto 0-100. Loading the model takes a second or two, so
 * one instance is shared; it is thread-safe.
 */
public final class SemanticScorer {

  public static final String MODEL_ID = "all-minilm-l6-v2-q";

  /** Mean best cosine similarity at or below which a CV scores 0; unrelated texts sit here. */
  static final double UNRELATED = 0.15;
  /** Mean best cosine similarity at or above which a CV scores 100. */
  static final double CLOSE = 0.55;

  private final EmbeddingModel model;

  public SemanticScorer() {
    this(new AllMiniLmL6V2QuantizedEmbeddingModel());
  }

  SemanticScorer(EmbeddingModel model) {
    this.model = Objects.requireNonNull(model, "model");
  }

  /** The similarity as 0-100 and the tokens the model read; CV text never leaves the JVM. */
  public SemanticMatch score(CvSections cv, JobPosting job) {
    List<String> cvPassages = Passages.ofCv(cv);
    List<String> jobPassages = Passages.ofJob(job);
    if (cvPassages.isEmpty() || jobPassages.isEmpty()) {
      return new SemanticMatch(0, 0);
    }

    List<TextSegment> segments = new ArrayList<>();
    cvPassages.forEach(passage -> segments.add(TextSegment.from(passage)));
    jobPassages.forEach(passage -> segments.add(TextSegment.from(passage)));
    Response<List<Embedding>> response = model.embedAll(segments);

    List<Embedding> embeddings = response.content();
    List<Embedding> cvEmbeddings = embeddings.subList(0, cvPassages.size());
    List<Embedding> jobEmbeddings = embeddings.subList(cvPassages.size(), embeddings.size());
    double similarity = meanBestSimilarity(jobEmbeddings, cvEmbeddings);
    return new SemanticMatch(percent(similarity), tokensOf(response));
  }

  private static double meanBestSimilarity(List<Embedding> queries, List<Embedding> passages) {
    double sum = 0;
    for (Embedding query : queries) {
      double best = -1;
      for (Embedding passage : passages) {
        best = Math.max(best, cosine(query.vector(), passage.vector()));
      }
      sum += best;
    }
    return sum / queries.size();
  }

  private static double cosine(float[] a, float[] b) {
    double dot = 0;
    double normA = 0;
    double normB = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      normA += a[i] * a[i];
      normB += b[i] * b[i];
    }
    return normA == 0 || normB == 0 ? 0 : dot / Math.sqrt(normA * normB);
  }

  static int percent(double similarity) {
    double scaled = (similarity - UNRELATED) / (CLOSE - UNRELATED);
    return (int) Math.round(100 * Math.max(0, Math.min(1, scaled)));
  }

  /** The model's own count of the word pieces it embedded, special tokens included. */
  private static long tokensOf(Response<List<Embedding>> response) {
    if (response.tokenUsage() == null || response.tokenUsage().inputTokenCount() == null) {
      return 0;
    }
    return response.tokenUsage().inputTokenCount();
  }

  /** A similarity of 0-100 and the tokens embedded to find it. */
  public record SemanticMatch(int percent, long tokens) {}
}
