package com.tailorjob.application.testing;

import com.tailorjob.application.port.out.PendingFileRemovals;
import com.tailorjob.application.port.out.StoredFileSweptException;
import com.tailorjob.domain.cv.StorageKey;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Pending file removals in a map. They live beside the CVs of {@link InMemoryCvRepository},
 * which cancels and notes them as the real repository does in its transactions.
 */
public final class InMemoryPendingFileRemovals implements PendingFileRemovals {

  private static final Comparator<Removal> TAKING_ORDER = Comparator
      .comparing(Removal::heldUntil, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(Removal::notedAt);

  private final Map<StorageKey, Removal> removals = new LinkedHashMap<>();
  private Supplier<RuntimeException> noteFailure;
  private Supplier<RuntimeException> forgetFailure;

  /** Every note fails from now on, as when the database goes away. */
  public synchronized void failNotes(Supplier<RuntimeException> failure) {
    this.noteFailure = failure;
  }

  /** Every forget fails from now on, as when the database goes away. */
  public synchronized void failForgets(Supplier<RuntimeException> failure) {
    this.forgetFailure = failure;
  }

  @Override
  public synchronized void noteUpload(StorageKey key, Instant notedAt) {
    note(key, true, notedAt);
  }

  @Override
  public synchronized List<StorageKey> take(
      Instant uploadsNotedBefore, Instant now, Instant heldUntil, int limit) {
    List<StorageKey> taken = removals.values().stream()
        .filter(removal -> !removal.ofUpload() || removal.notedAt().isBefore(uploadsNotedBefore))
        .filter(removal -> removal.heldUntil() == null || removal.heldUntil().isBefore(now))
        .sorted(TAKING_ORDER)
        .limit(limit)
        .map(Removal::key)
        .toList();
    taken.forEach(key -> removals.computeIfPresent(key, (k, removal) ->
        new Removal(k, removal.ofUpload(), removal.notedAt(), heldUntil)));
    return taken;
  }

  @Override
  public synchronized boolean forget(StorageKey key) {
    if (forgetFailure != null) {
      throw forgetFailure.get();
    }
    return removals.remove(key) != null;
  }

  /** What deleting a CV does, in the same transaction. */
  synchronized void noteDeletion(StorageKey key, Instant notedAt) {
    note(key, false, notedAt);
  }

  private void note(StorageKey key, boolean ofUpload, Instant notedAt) {
    if (noteFailure != null) {
      throw noteFailure.get();
    }
    removals.putIfAbsent(key, new Removal(key, ofUpload, notedAt, null));
  }

  /** What recording a CV does to the removal of its file. */
  synchronized void cancel(StorageKey key) {
    Removal removal = removals.get(key);
    if (removal == null || removal.heldUntil() != null) {
      throw new StoredFileSweptException(key);
    }
    removals.remove(key);
  }

  /** The keys whose removal is pending, taken by a sweep or not. */
  public synchronized Set<StorageKey> keys() {
    return Set.copyOf(removals.keySet());
  }

  private record Removal(StorageKey key, boolean ofUpload, Instant notedAt, Instant heldUntil) {}
}
