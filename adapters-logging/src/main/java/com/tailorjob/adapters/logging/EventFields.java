package com.tailorjob.adapters.logging;

import com.tailorjob.domain.cv.ContentHash;
import com.tailorjob.domain.cv.CvFormat;
import com.tailorjob.domain.cv.CvId;
import com.tailorjob.domain.cv.CvStatus;
import com.tailorjob.domain.cv.Filename;
import com.tailorjob.domain.cv.StorageKey;
import com.tailorjob.domain.cv.UploadRejection;
import com.tailorjob.domain.event.CvEvent.UploadStage;
import com.tailorjob.domain.event.JobEvent;
import com.tailorjob.domain.job.JobId;
import com.tailorjob.domain.match.MatcherVersion;
import com.tailorjob.domain.match.TokenUsage;
import com.tailorjob.domain.parse.ParseFailureReason;
import com.tailorjob.domain.parse.SectionCounts;
import com.tailorjob.domain.user.LoginThrottle;
import com.tailorjob.domain.user.UserId;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.logging.log4j.message.MapMessage;

/**
 * Writes the fields of one event twice over: as {@code key=value} text in the seed's units
 * ({@code size=245760b}, {@code duration=2.34s}) and as typed map entries for JSON
 * ({@code size_bytes}, {@code duration_ms}).
 */
final class EventFields {

  static final String EVENT_KEY = "event";
  static final String USER_KEY = "user";

  /** Room for the longest line without growing: headline plus six or seven fields. */
  private static final int FIELDS_CAPACITY = 160;
  private static final int COST_DECIMALS = 4;
  private static final long SECONDS_PER_MINUTE = 60;
  private static final long SECONDS_PER_HOUR = 3_600;
  private static final long SECONDS_PER_DAY = 86_400;

  private final FilenamePolicy filenames;
  private final long emittedAtMillis;
  private final StringBuilder text;
  private final MapMessage<?, Object> entries;
  private boolean hasFields;
  private boolean hasUser;

  EventFields(FilenamePolicy filenames, long emittedAtMillis, String headline, String eventName,
      MapMessage<?, Object> entries) {
    this.filenames = filenames;
    this.emittedAtMillis = emittedAtMillis;
    this.text = new StringBuilder(headline.length() + FIELDS_CAPACITY).append(headline);
    this.entries = entries;
    typed(EVENT_KEY, eventName);
  }

  EventFields user(UserId user) {
    hasUser = true;
    return both(USER_KEY, user.value());
  }

  EventFields cv(CvId cv) {
    return both("cv_id", cv.value());
  }

  EventFields cv(Optional<CvId> cv) {
    return cv.isPresent() ? cv(cv.get()) : this;
  }

  EventFields filename(Filename filename) {
    return both("filename", filenames.display(filename));
  }

  EventFields size(long bytes) {
    textKey("size").append(bytes).append('b');
    return typed("size_bytes", bytes);
  }

  /** Left out of the line and JSON alike when the size was never known. */
  EventFields size(OptionalLong bytes) {
    return bytes.isPresent() ? size(bytes.getAsLong()) : this;
  }

  EventFields type(CvFormat format) {
    return both("type", format.extension());
  }

  EventFields hash(ContentHash hash) {
    textKey("hash").append(hash.prefix()).append("...");
    return typed("hash", hash.prefix());
  }

  EventFields path(StorageKey key) {
    return both("path", "/" + key.value());
  }

  EventFields reason(String reason) {
    return both("reason", reason);
  }

  EventFields reason(UploadRejection reason) {
    return reason(reason.code());
  }

  EventFields reason(ParseFailureReason reason) {
    return reason(reason.code());
  }

  /** Where a CV stands, when an event depends on it. */
  EventFields status(Optional<CvStatus> status) {
    return status.isPresent() ? both("status", status.get().code()) : this;
  }

  EventFields stage(UploadStage stage) {
    return both("stage", stage.name().toLowerCase(Locale.ROOT));
  }

  EventFields duration(Duration duration) {
    // A clock stepping back must not print a negative duration.
    long millis = Math.max(0, duration.toMillis());
    appendSeconds(textKey("duration"), millis);
    return typed("duration_ms", millis);
  }

  /** Which login limit refused an attempt: the account's or the client address's. */
  EventFields limit(LoginThrottle.Limit limit) {
    return both("limit", limit.code());
  }

  /** Whole seconds, rounded up: waiting less than advised would only be refused again. */
  EventFields retryAfter(Duration retryAfter) {
    return seconds("retry_after", "retry_after_s", retryAfter);
  }

  /** How long until the job is tried again, from the moment of the event, in whole seconds. */
  EventFields retryIn(Instant retryAt) {
    typed("retry_at", retryAt.toString());
    Duration wait = Duration.ofMillis(retryAt.toEpochMilli() - emittedAtMillis);
    return seconds("retry_in", "retry_in_s", wait);
  }

  EventFields pause(Duration pause) {
    return seconds("pause", "pause_s", pause);
  }

  /**
   * Item counts per section in the seed's own notation, {@code sections={'skills':15,...}},
   * left unquoted because it is built from numbers only; JSON has one number per section.
   */
  EventFields sections(SectionCounts counts) {
    textKey("sections")
        .append("{'skills':").append(counts.skills())
        .append(",'experience':").append(counts.experience())
        .append(",'education':").append(counts.education())
        .append(",'certifications':").append(counts.certifications())
        .append('}');
    typed("sections_skills", counts.skills());
    typed("sections_experience", counts.experience());
    typed("sections_education", counts.education());
    return typed("sections_certifications", counts.certifications());
  }

  /** The queue a worker listens on, in the seed's {@code listening on queue: NAME} form. */
  EventFields listeningOn(String queue) {
    hasFields = true;
    FieldText.appendValue(text.append(": "), queue);
    return typed("queue", queue);
  }

  EventFields queue(String queue) {
    return both("queue", queue);
  }

  /** The worker's id, named {@code worker} in the line and {@code worker_id} in JSON. */
  EventFields worker(String workerId) {
    FieldText.appendValue(textKey("worker"), workerId);
    return workerIdOnly(workerId);
  }

  /** The worker's id in JSON only, where the seed's line has no room for it. */
  EventFields workerIdOnly(String workerId) {
    return typed("worker_id", workerId);
  }

  /** The running count in the headline itself: {@code Worker received job #5}. */
  EventFields jobNumber(long jobNumber) {
    text.append(" #").append(jobNumber);
    return typed("job_number", jobNumber);
  }

  /** A first attempt is the normal case and stays out of the line; JSON always has it. */
  EventFields attemptIfRepeated(int attempt) {
    if (attempt > 1) {
      textKey("attempt").append(attempt);
    }
    return typed("attempt", attempt);
  }

  EventFields attemptOf(int attempt, int maxAttempts) {
    textKey("attempt").append(attempt).append('/').append(maxAttempts);
    typed("attempt", attempt);
    return typed("max_attempts", maxAttempts);
  }

  EventFields count(String key, long value) {
    textKey(key).append(value);
    return typed(key, value);
  }

  EventFields pages(int pages) {
    return typed("pages", pages);
  }

  EventFields quality(String quality) {
    return typed("quality", quality);
  }

  EventFields job(JobId job) {
    return both("job_id", job.value());
  }

  EventFields job(Optional<JobId> job) {
    return job.isPresent() ? job(job.get()) : this;
  }

  EventFields operation(JobEvent.Operation operation) {
    return both("operation", operation.name().toLowerCase(Locale.ROOT));
  }

  /** A match score in the seed's notation, {@code score=85%}; JSON has the number. */
  EventFields score(int score) {
    textKey("score").append(score).append('%');
    return typed("score", score);
  }

  EventFields version(MatcherVersion version) {
    return both("version", version.label());
  }

  /** The version in the headline itself, as the seed's {@code Using Matcher v5.1}. */
  EventFields versionInHeadline(MatcherVersion version) {
    text.append(' ').append(version.label());
    return typed("version", version.label());
  }

  EventFields model(String model) {
    return typed("model", model);
  }

  /** {@code tokens=1247} counts input and output together; JSON keeps them apart too. */
  EventFields tokens(TokenUsage usage) {
    textKey("tokens").append(usage.totalTokens());
    typed("tokens", usage.totalTokens());
    typed("input_tokens", usage.inputTokens());
    return typed("output_tokens", usage.outputTokens());
  }

  /** Dollars with four decimals as in {@code cost=$0.0062}; JSON has the exact amount. */
  EventFields cost(TokenUsage usage) {
    textKey("cost").append('$')
        .append(usage.costUsd().setScale(COST_DECIMALS, RoundingMode.HALF_UP).toPlainString());
    return typed("cost_usd", usage.costUsd());
  }

  /** A cached result's age in its largest whole unit, as the seed's {@code age=2d}. */
  EventFields age(Duration age) {
    textKey("age").append(largestUnit(age));
    return typed("age_s", Math.max(0, age.getSeconds()));
  }

  EventFields expiresIn(Duration expiresIn) {
    textKey("expires_in").append(largestUnit(expiresIn));
    return typed("expires_in_s", Math.max(0, expiresIn.getSeconds()));
  }

  EventFields from(MatcherVersion version) {
    return both("from", version.label());
  }

  EventFields to(MatcherVersion version) {
    return both("to", version.label());
  }

  /** The user in JSON only, where the seed's line leaves it out. */
  EventFields userJsonOnly(UserId user) {
    hasUser = true;
    return typed(USER_KEY, user.value());
  }

  EventFields durationJsonOnly(Duration duration) {
    return typed("duration_ms", Math.max(0, duration.toMillis()));
  }

  EventFields versionJsonOnly(MatcherVersion version) {
    return typed("version", version.label());
  }

  /**
   * Ends the event and returns its line. The context's user joins the JSON fields of events
   * that name no user themselves.
   */
  String finish(Optional<String> contextUser) {
    if (!hasUser && contextUser.isPresent()) {
      typed(USER_KEY, contextUser.get());
    }
    return text.toString();
  }

  private EventFields both(String key, String value) {
    FieldText.appendValue(textKey(key), value);
    return typed(key, value);
  }

  /** Whole seconds, rounded up, never negative. */
  private EventFields seconds(String textKey, String jsonKey, Duration duration) {
    long seconds = Math.max(0, duration.getSeconds() + (duration.getNano() > 0 ? 1 : 0));
    textKey(textKey).append(seconds).append('s');
    return typed(jsonKey, seconds);
  }

  private StringBuilder textKey(String key) {
    text.append(hasFields ? ", " : ": ").append(key).append('=');
    hasFields = true;
    return text;
  }

  private EventFields typed(String key, Object value) {
    entries.with(key, value);
    return this;
  }

  private static String largestUnit(Duration duration) {
    long seconds = Math.max(0, duration.getSeconds());
    if (seconds >= SECONDS_PER_DAY) {
      return seconds / SECONDS_PER_DAY + "d";
    }
    if (seconds >= SECONDS_PER_HOUR) {
      return seconds / SECONDS_PER_HOUR + "h";
    }
    return seconds >= SECONDS_PER_MINUTE ? seconds / SECONDS_PER_MINUTE + "m" : seconds + "s";
  }

  /** Seconds with two decimals, rounded half up: 2345 ms is {@code 2.35s}. */
  private static void appendSeconds(StringBuilder line, long millis) {
    long hundredths = (millis + 5) / 10;
    long fraction = hundredths % 100;
    line.append(hundredths / 100).append('.');
    if (fraction < 10) {
      line.append('0');
    }
    line.append(fraction).append('s');
  }
}
