package com.tailorjob.benchmarks.matching;

import com.tailorjob.adapters.ai.matching.LocalMatcher;
import com.tailorjob.adapters.ai.matching.SampleJobs;
import com.tailorjob.adapters.ai.matching.SkillVocabulary;
import com.tailorjob.adapters.ai.matching.ai.AiMatcher;
import com.tailorjob.adapters.ai.matching.ai.AiMatcherSettings;
import com.tailorjob.adapters.ai.matching.ai.SemanticScorer;
import com.tailorjob.domain.job.JobPosting;
import com.tailorjob.domain.match.MatchResult;
import com.tailorjob.domain.parse.CvSections;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long matching takes: v3.0 for one CV and job, v5.1 with the in-process embedding model
 * (no chat model) for one pair, and v3.0 ranking one CV against 1,000 synthetic postings.
 * Targets: v3.0 under 1 ms a pair, a 1,000-job ranking under 1 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class MatchingBenchmark {

  static final int RANKED_JOBS = 1_000;

  private CvSections cv;
  private JobPosting job;
  private List<JobPosting> jobs;
  private LocalMatcher local;
  private AiMatcher ai;

  @Setup
  public void setUp() {
    cv = SampleJobs.softwareEngineerCv();
    job = SampleJobs.backendEngineer();
    jobs = generatedJobs(RANKED_JOBS, 42);
    local = new LocalMatcher(SkillVocabulary.standard(),
        Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC));
    ai = new AiMatcher(AiMatcherSettings.embeddingOnly(), local, new SemanticScorer());
  }

  @Benchmark
  public MatchResult localMatcherOnePair() {
    return local.match(cv, job);
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public MatchResult aiMatcherWithEmbeddingsOnePair() {
    return ai.match(cv, job);
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public List<MatchResult> localMatcherRanksOneCvAgainstAThousandJobs() {
    List<MatchResult> results = new ArrayList<>(jobs.size());
    for (JobPosting posting : jobs) {
      results.add(local.match(cv, posting));
    }
    results.sort(Comparator.comparingInt(MatchResult::score).reversed());
    return results;
  }

  /** Postings of realistic length whose titles and skills vary, the same for the same seed. */
  static List<JobPosting> generatedJobs(int count, long seed) {
    Random random = new Random(seed);
    String[] titles = {"Backend Engineer", "Data Analyst", "Registered Nurse", "DevOps Engineer",
        "Frontend Developer", "Project Manager", "Machine Learning Engineer", "Accountant"};
    String[] skills = {"Java", "Kotlin", "Python", "SQL", "Kubernetes", "Terraform", "AWS",
        "React", "TypeScript", "Docker", "PostgreSQL", "Kafka", "Tableau", "Power BI", "Excel",
        "BLS", "IV therapy", "wound care", "Scrum", "PRINCE2", "pandas", "PyTorch", "Xero",
        "payroll", "Go", "Rust", "CI/CD", "GraphQL", "Node.js", "Spring Boot"};
    String[] filler = {"You will join a friendly team that ships every week.",
        "We value ownership, curiosity and clear written communication.",
        "The role is hybrid, with two days a week in our London office.",
        "You will work closely with product, design and operations.",
        "We offer a competitive salary, private healthcare and a learning budget."};
    List<JobPosting> jobs = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String title = titles[random.nextInt(titles.length)];
      StringBuilder description = new StringBuilder("We are hiring a " + title + ".\n");
      for (int line = 0; line < 8; line++) {
        description.append("- Experience with ").append(skills[random.nextInt(skills.length)])
            .append(" and ").append(skills[random.nextInt(skills.length)]).append(".\n")
            .append(filler[random.nextInt(filler.length)]).append('\n');
      }
      description.append(1 + random.nextInt(6)).append("+ years of experience.\n");
      jobs.add(SampleJobs.job("job-" + i, title, "Company " + i, description.toString()));
    }
    return jobs;
  }
}
