package com.tailorjob.adapters.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.tailorjob.domain.cv.ContentHash;
import com.tailorjob.domain.cv.CvFormat;
import com.tailorjob.domain.cv.CvId;
import com.tailorjob.domain.cv.CvStatus;
import com.tailorjob.domain.cv.Filename;
import com.tailorjob.domain.cv.StorageKey;
import com.tailorjob.domain.cv.UploadRejection;
import com.tailorjob.domain.event.CvEvent.UploadStage;
import com.tailorjob.domain.event.DomainEvent;
import com.tailorjob.domain.event.JobEvent;
import com.tailorjob.domain.job.JobId;
import com.tailorjob.domain.match.MatcherVersion;
import com.tailorjob.domain.match.TokenUsage;
import com.tailorjob.domain.parse.ParseFailureReason;
import com.tailorjob.domain.parse.SectionCounts;
import com.tailorjob.domain.retention.PrunedRecords;
import com.tailorjob.domain.user.LoginThrottle;
import com.tailorjob.domain.user.UserId;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Walks the sealed event hierarchy, so a new event without a rendering fails here. */
class EveryEventTest {

  /** Outcomes whose names do not end in {@code .failed} yet are failures. */
  private static final Set<String> OTHER_ERRORS =
      Set.of("worker.job.dead_lettered", "worker.unhealthy");

  /** Failures that carry no exception: a run of failed jobs, each already logged. */
  private static final Set<String> ERRORS_WITHOUT_CAUSE = Set.of("worker.unhealthy");

  /**
   * Warnings that are not rejections: a failed or interrupted attempt to be tried again, a
   * queue that cannot be leased from yet, a cache done without, a file left for the sweep.
   */
  private static final Set<String> OTHER_WARNINGS = Set.of("worker.job.retrying",
      "worker.job.left_leased", "worker.job.released", "worker.queue.unavailable",
      "match.matcher.fallback", "match.cache.store_failed", "match.cache.read_failed",
      "cv.delete.file_deferred");

  /** Events that carry an exception although they are not errors. */
  private static final Set<String> WARNINGS_WITH_CAUSE = Set.of("worker.job.retrying",
      "worker.job.left_leased", "worker.queue.unavailable", "match.cache.store_failed",
      "match.cache.read_failed", "cv.delete.file_deferred");

  private static final Map<Class<?>, Object> SAMPLES = Map.ofEntries(
      Map.entry(UserId.class, SampleEvents.USER),
      Map.entry(CvId.class, SampleEvents.CV),
      Map.entry(Filename.class, SampleEvents.RESUME),
      Map.entry(long.class, SampleEvents.SIZE),
      Map.entry(OptionalLong.class, OptionalLong.of(SampleEvents.SIZE)),
      Map.entry(ContentHash.class, SampleEvents.HASH),
      Map.entry(StorageKey.class, SampleEvents.PATH),
      Map.entry(Duration.class, SampleEvents.DURATION),
      Map.entry(CvFormat.class, CvFormat.PDF),
      Map.entry(CvStatus.class, CvStatus.PARSING),
      Map.entry(LoginThrottle.Limit.class, LoginThrottle.Limit.ACCOUNT),
      Map.entry(UploadRejection.class, UploadRejection.TOO_LARGE),
      Map.entry(UploadStage.class, UploadStage.STORING),
      Map.entry(String.class, "some_reason"),
      Map.entry(int.class, 2),
      Map.entry(SectionCounts.class, SampleEvents.SECTIONS),
      Map.entry(JobId.class, new JobId("job456")),
      Map.entry(JobEvent.Operation.class, JobEvent.Operation.UPDATE),
      Map.entry(MatcherVersion.class, MatcherVersion.V5_1),
      Map.entry(TokenUsage.class, new TokenUsage(1000, 247, new BigDecimal("0.0062"))),
      Map.entry(ParseFailureReason.class, ParseFailureReason.ENCRYPTED),
      Map.entry(Instant.class, Instant.parse("2030-01-01T00:00:00Z")),
      Map.entry(PrunedRecords.class, new PrunedRecords(1, 2, 3, 4, 5)),
      Map.entry(Throwable.class, new IllegalStateException("sample failure")));

  @TempDir Path folder;

  static Stream<Class<?>> event_types() {
    List<Class<?>> types = new ArrayList<>();
    collect(DomainEvent.class, types);
    return types.stream();
  }

  @Test
  void the_hierarchy_walk_finds_the_events() {
    assertThat(event_types()).hasSizeGreaterThanOrEqualTo(41)
        .allMatch(Class::isRecord);
  }

  @ParameterizedTest
  @MethodSource("event_types")
  void every_event_type_has_a_rendering(Class<?> type) {
    assertThat(EventCatalog.standard().renderingOf(type.asSubclass(DomainEvent.class)))
        .isPresent();
  }

  @ParameterizedTest
  @MethodSource("event_types")
  void every_event_makes_one_line_with_its_name_and_outcome_level(Class<?> type) {
    CapturedLog log = CapturedLog.in(folder);
    DomainEvent event = sample(type);

    log.observability().emit(event);

    JsonNode line = log.jsonLines().get(0);
    assertThat(line.get("event").asText()).isEqualTo(event.name());
    assertThat(line.get("level").asText()).isEqualTo(expectedLevel(event.name()));
    assertThat(line.get("message").asText()).doesNotStartWith("❔");
  }

  @ParameterizedTest
  @MethodSource("event_types")
  void failures_carry_their_exception_and_others_none(Class<?> type) {
    CapturedLog log = CapturedLog.in(folder);
    DomainEvent event = sample(type);

    log.observability().emit(event);

    JsonNode line = log.jsonLines().get(0);
    if (carriesCause(event.name())) {
      assertThat(line.at("/exception/message").asText()).isEqualTo("sample failure");
    } else {
      assertThat(line.has("exception")).isFalse();
    }
  }

  @ParameterizedTest
  @MethodSource("event_types")
  void exactly_the_events_expected_to_carry_a_cause_have_one(Class<?> type) {
    boolean hasThrowable = Arrays.stream(type.getRecordComponents())
        .anyMatch(component -> component.getType() == Throwable.class);

    assertThat(hasThrowable).isEqualTo(carriesCause(sample(type).name()));
  }

  @ParameterizedTest
  @MethodSource("event_types")
  void events_naming_a_user_show_it_in_their_fields(Class<?> type) {
    CapturedLog log = CapturedLog.in(folder);
    DomainEvent event = sample(type);
    boolean namesUser = Arrays.stream(type.getRecordComponents())
        .anyMatch(component -> component.getType() == UserId.class);

    log.observability().emit(event);

    assertThat(log.jsonLines().get(0).has("user")).isEqualTo(namesUser);
  }

  private static String expectedLevel(String name) {
    if (name.endsWith(".failed") || OTHER_ERRORS.contains(name)) {
      return "ERROR";
    }
    boolean rejection = name.endsWith(".rejected") || name.endsWith(".duplicate")
        || name.endsWith(".throttled");
    return rejection || OTHER_WARNINGS.contains(name) ? "WARN" : "INFO";
  }

  private static boolean carriesCause(String name) {
    boolean error = expectedLevel(name).equals("ERROR") && !ERRORS_WITHOUT_CAUSE.contains(name);
    return error || WARNINGS_WITH_CAUSE.contains(name);
  }

  private static void collect(Class<?> type, List<Class<?>> into) {
    if (!type.isSealed()) {
      into.add(type);
      return;
    }
    for (Class<?> permitted : type.getPermittedSubclasses()) {
      collect(permitted, into);
    }
  }

  /** An Optional of the sample of its type argument, such as {@code Optional<JobId>}. */
  private static Object optionalSampleOf(RecordComponent component) {
    Type argument =
        ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
    Object sample = SAMPLES.get(argument);
    if (sample == null) {
      throw new AssertionError("add a sample value of " + argument.getTypeName());
    }
    return Optional.of(sample);
  }

  private static DomainEvent sample(Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] parameterTypes =
        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
    Object[] arguments = Arrays.stream(components).map(EveryEventTest::sampleOf).toArray();
    try {
      return (DomainEvent) type.getDeclaredConstructor(parameterTypes).newInstance(arguments);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot build a sample " + type.getName(), e);
    }
  }

  private static Object sampleOf(RecordComponent component) {
    Class<?> parameterType = component.getType();
    if (parameterType == Optional.class) {
      return optionalSampleOf(component);
    }
    Object sample = SAMPLES.get(parameterType);
    if (sample == null) {
      throw new AssertionError("add a sample value of " + parameterType.getName());
    }
    return sample;
  }
}
