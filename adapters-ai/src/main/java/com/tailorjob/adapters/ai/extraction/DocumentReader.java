package com.tailorjob.adapters.ai.extraction;

import com.tailorjob.domain.parse.ExtractedText;
import java.io.IOException;

/** Reads the text of one document format, throwing UnreadableCvException for known problems. */
interface DocumentReader {

  ExtractedText read(byte[] content) throws IOException;
}
