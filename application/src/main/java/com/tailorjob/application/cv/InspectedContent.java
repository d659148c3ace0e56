package com.tailorjob.application.cv;

import com.tailorjob.domain.cv.ContentHash;
import com.tailorjob.domain.cv.CvFormat;

/** What reading an upload once revealed: its real format, hash and length. */
record InspectedContent(CvFormat format, ContentHash hash, long sizeBytes) {}
