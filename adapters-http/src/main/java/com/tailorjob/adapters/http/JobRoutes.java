package com.tailorjob.adapters.http;

import com.tailorjob.application.job.ManageJobs;
import com.tailorjob.domain.job.JobId;
import com.tailorjob.domain.job.JobPosting;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** Create, list, read, change and delete the caller's own job postings. */
final class JobRoutes {

  static final String JOBS = "/api/jobs";
  static final String ONE_JOB = "/api/jobs/{id}";

  private final ManageJobs manageJobs;
  private final RequestContext context;
  private final JsonMapping json;

  JobRoutes(ManageJobs manageJobs, RequestContext context, JsonMapping json) {
    this.manageJobs = manageJobs;
    this.context = context;
    this.json = json;
  }

  void create(Context ctx) {
    Caller caller = context.caller(ctx);
    JobJson.Draft draft = draft(ctx);

    JobPosting job = manageJobs.create(caller.user(), draft.toDraft());

    ctx.status(HttpStatus.CREATED).header("Location", JOBS + "/" + job.id().value());
    ctx.json(JobJson.of(job));
  }

  void list(Context ctx) {
    Caller caller = context.caller(ctx);

    ctx.json(JobJson.Listing.of(manageJobs.list(caller.user())));
  }

  void show(Context ctx) {
    Caller caller = context.caller(ctx);

    ctx.json(JobJson.of(manageJobs.get(caller.user(), jobId(ctx))));
  }

  void update(Context ctx) {
    Caller caller = context.caller(ctx);
    JobId id = jobId(ctx);
    JobJson.Draft draft = draft(ctx);

    ctx.json(JobJson.of(manageJobs.update(caller.user(), id, draft.toDraft())));
  }

  void delete(Context ctx) {
    Caller caller = context.caller(ctx);

    manageJobs.delete(caller.user(), jobId(ctx));

    ctx.status(HttpStatus.NO_CONTENT);
  }

  private JobJson.Draft draft(Context ctx) {
    return json.read(ctx, JobJson.Draft.class, JsonMapping.JOB_BODY_BYTES);
  }

  private static JobId jobId(Context ctx) {
    return PathIds.id(ctx, JobId::new, "no such job");
  }
}
