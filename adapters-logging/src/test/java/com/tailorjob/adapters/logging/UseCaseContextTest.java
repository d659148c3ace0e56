package com.tailorjob.adapters.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.tailorjob.application.cv.UploadCv;
import com.tailorjob.application.port.out.ByteSource;
import com.tailorjob.application.testing.InMemoryCvRepository;
import com.tailorjob.application.testing.InMemoryObjectStorage;
import com.tailorjob.application.testing.SampleFiles;
import com.tailorjob.application.testing.SequentialIds;
import com.tailorjob.domain.cv.UploadLimits;
import com.tailorjob.domain.trace.RequestId;
import com.tailorjob.domain.user.UserId;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The context a use case puts on its lines when a host calls it directly, without HTTP. */
class UseCaseContextTest {

  @TempDir Path folder;

  @Test
  void puts_the_request_id_of_an_upload_on_each_of_its_lines() {
    CapturedLog log = CapturedLog.in(folder);
    InMemoryCvRepository cvs = new InMemoryCvRepository();
    UploadCv upload = new UploadCv(cvs, new InMemoryObjectStorage(), cvs.pendingFileRemovals(),
        new SequentialIds(), log.observability(), Clock.systemUTC(), UploadLimits.standard());

    upload.upload(new UploadCv.Command(new UserId("abc123"), "resume.pdf",
        ByteSource.ofBytes(SampleFiles.pdf("context")), new RequestId("host-42")));

    assertThat(log.textLines()).hasSizeGreaterThan(4).allSatisfy(line ->
        assertThat(line).contains(" [host-42] t.cv - "));
  }
}
