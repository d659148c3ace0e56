package com.tailorjob.application.cv;

import com.tailorjob.domain.cv.Cv;

/** The CV an upload ended with; {@code duplicate} when the same bytes were already there. */
public record UploadedCv(Cv cv, boolean duplicate) {}
