package com.tailorjob.adapters.http;

import com.tailorjob.application.auth.Authenticate;
import com.tailorjob.application.auth.LogIn;
import com.tailorjob.application.auth.LogOut;
import com.tailorjob.application.auth.RegisterUser;
import com.tailorjob.application.cv.DeleteCv;
import com.tailorjob.application.cv.FindCvs;
import com.tailorjob.application.cv.ShowCv;
import com.tailorjob.application.cv.UploadCv;
import com.tailorjob.application.job.ManageJobs;
import com.tailorjob.application.match.AnalyzeMatch;
import com.tailorjob.application.match.ShowUsage;
import com.tailorjob.application.notification.Notifications;
import java.util.Objects;

/** The use cases the HTTP API calls, handed over as one value so the wiring reads by name. */
public record HttpUseCases(
    RegisterUser registerUser,
    LogIn logIn,
    LogOut logOut,
    Authenticate authenticate,
    UploadCv uploadCv,
    FindCvs findCvs,
    ShowCv showCv,
    DeleteCv deleteCv,
    Notifications notifications,
    ManageJobs manageJobs,
    AnalyzeMatch analyzeMatch,
    ShowUsage showUsage) {

  public HttpUseCases {
    Objects.requireNonNull(registerUser, "registerUser");
    Objects.requireNonNull(logIn, "logIn");
    Objects.requireNonNull(logOut, "logOut");
    Objects.requireNonNull(authenticate, "authenticate");
    Objects.requireNonNull(uploadCv, "uploadCv");
    Objects.requireNonNull(findCvs, "findCvs");
    Objects.requireNonNull(showCv, "showCv");
    Objects.requireNonNull(deleteCv, "deleteCv");
    Objects.requireNonNull(notifications, "notifications");
    Objects.requireNonNull(manageJobs, "manageJobs");
    Objects.requireNonNull(analyzeMatch, "analyzeMatch");
    Objects.requireNonNull(showUsage, "showUsage");
  }
}
