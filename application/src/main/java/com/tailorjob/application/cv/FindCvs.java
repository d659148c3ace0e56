package com.tailorjob.application.cv;

import com.tailorjob.application.port.out.CvRepository;
import com.tailorjob.domain.cv.Cv;
import com.tailorjob.domain.cv.CvId;
import com.tailorjob.domain.user.UserId;
import jakarta.inject.Inject;
import java.util.List;

/** Reads a user's own CVs; anyone else's CV is reported as not found. */
public final class FindCvs {

  private final CvRepository cvs;

  @Inject
  public FindCvs(CvRepository cvs) {
    this.cvs = cvs;
  }

  public List<Cv> list(UserId owner) {
    return cvs.listByOwner(owner);
  }

  /**
   * @throws CvNotFoundException when the caller has no CV with this id
   */
  public Cv get(UserId owner, CvId id) {
    return cvs.find(owner, id).orElseThrow(() -> new CvNotFoundException(id));
  }
}
