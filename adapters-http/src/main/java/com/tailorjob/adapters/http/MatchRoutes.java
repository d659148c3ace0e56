package com.tailorjob.adapters.http;

import com.tailorjob.application.match.AnalyzeMatch;
import com.tailorjob.application.match.ShowUsage;
import com.tailorjob.domain.cv.CvId;
import com.tailorjob.domain.job.JobId;
import io.javalin.http.Context;

/** Match one of the caller's CVs against one of their jobs, and show what matching cost. */
final class MatchRoutes {

  static final String MATCHES = "/api/matches";
  static final String USAGE = "/api/usage";

  private final AnalyzeMatch analyzeMatch;
  private final ShowUsage showUsage;
  private final RequestContext context;
  private final JsonMapping json;

  MatchRoutes(
      AnalyzeMatch analyzeMatch, ShowUsage showUsage, RequestContext context, JsonMapping json) {
    this.analyzeMatch = analyzeMatch;
    this.showUsage = showUsage;
    this.context = context;
    this.json = json;
  }

  void analyze(Context ctx) {
    Caller caller = context.caller(ctx);
    MatchJson.Request request = json.read(ctx, MatchJson.Request.class);
    if (!request.complete()) {
      throw HttpProblem.badRequest("the fields cv_id and job_id are required");
    }
    CvId cv = PathIds.named(request.cvId(), CvId::new, "no such CV");
    JobId job = PathIds.named(request.jobId(), JobId::new, "no such job");

    ctx.json(MatchJson.of(analyzeMatch.analyze(caller.user(), cv, job)));
  }

  void usage(Context ctx) {
    Caller caller = context.caller(ctx);

    ctx.json(UsageJson.of(showUsage.of(caller.user())));
  }
}
