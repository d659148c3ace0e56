package com.tailorjob.adapters.http;

import com.tailorjob.application.cv.CvRejectedException;
import com.tailorjob.application.cv.DeleteCv;
import com.tailorjob.application.cv.FindCvs;
import com.tailorjob.application.cv.ShowCv;
import com.tailorjob.application.cv.UploadCv;
import com.tailorjob.application.cv.UploadedCv;
import com.tailorjob.domain.cv.CvId;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.util.Optional;

/** Upload, list, read and delete the caller's own CVs. */
final class CvRoutes {

  static final String CVS = "/api/cvs";
  static final String ONE_CV = "/api/cvs/{id}";
  static final String FILE_PART = "file";

  private final UploadCv uploadCv;
  private final FindCvs findCvs;
  private final ShowCv showCv;
  private final DeleteCv deleteCv;
  private final RequestContext context;
  private final MultipartUploads uploads;

  CvRoutes(HttpUseCases useCases, RequestContext context, MultipartUploads uploads) {
    this.uploadCv = useCases.uploadCv();
    this.findCvs = useCases.findCvs();
    this.showCv = useCases.showCv();
    this.deleteCv = useCases.deleteCv();
    this.context = context;
    this.uploads = uploads;
  }

  void upload(Context ctx) {
    Caller caller = context.caller(ctx);
    UploadedFile file = filePart(ctx, caller);

    UploadedCv uploaded;
    try {
      uploaded = uploadCv.upload(new UploadCv.Command(caller.user(), file.filename(),
          new UploadedFileSource(file), context.requestId(ctx)));
    } finally {
      uploads.discardParts(ctx);
    }

    if (!uploaded.duplicate()) {
      ctx.status(HttpStatus.CREATED).header("Location", CVS + "/" + uploaded.cv().id().value());
    }
    ctx.json(CvJson.of(uploaded));
  }

  /** A request refused before its file could be read is still an upload, and logged as one. */
  private UploadedFile filePart(Context ctx, Caller caller) {
    try {
      return uploads.filePart(ctx, FILE_PART);
    } catch (RefusedUpload refused) {
      uploadCv.refuse(new UploadCv.Refusal(
          caller.user(), Optional.empty(), refused.declaredSize(), refused.reason()));
      throw new CvRejectedException(refused.reason()); // refuse has thrown it already
    }
  }

  void list(Context ctx) {
    Caller caller = context.caller(ctx);

    ctx.json(CvJson.Listing.of(findCvs.list(caller.user())));
  }

  void show(Context ctx) {
    Caller caller = context.caller(ctx);

    ctx.json(CvDetailsJson.of(showCv.show(caller.user(), cvId(ctx))));
  }

  void delete(Context ctx) {
    Caller caller = context.caller(ctx);

    deleteCv.delete(caller.user(), cvId(ctx));

    ctx.status(HttpStatus.NO_CONTENT);
  }

  private static CvId cvId(Context ctx) {
    return PathIds.id(ctx, CvId::new, "no such CV");
  }
}
