package com.tailorjob.adapters.persistence;

import com.tailorjob.adapters.persistence.jdbi.JdbiCvParseResults;
import com.tailorjob.adapters.persistence.jdbi.JdbiCvRepository;
import com.tailorjob.adapters.persistence.jdbi.JdbiExpiredRecords;
import com.tailorjob.adapters.persistence.jdbi.JdbiJobRepository;
import com.tailorjob.adapters.persistence.jdbi.JdbiLoginFailureLog;
import com.tailorjob.adapters.persistence.jdbi.JdbiMatchCache;
import com.tailorjob.adapters.persistence.jdbi.JdbiNotificationRepository;
import com.tailorjob.adapters.persistence.jdbi.JdbiParseQueue;
import com.tailorjob.adapters.persistence.jdbi.JdbiPendingFileRemovals;
import com.tailorjob.adapters.persistence.jdbi.JdbiSessionRepository;
import com.tailorjob.adapters.persistence.jdbi.JdbiUsageLedger;
import com.tailorjob.adapters.persistence.jdbi.JdbiUserRepository;
import com.tailorjob.application.port.out.CvParseResults;
import com.tailorjob.application.port.out.CvRepository;
import com.tailorjob.application.port.out.ExpiredRecords;
import com.tailorjob.application.port.out.JobRepository;
import com.tailorjob.application.port.out.LoginFailureLog;
import com.tailorjob.application.port.out.MatchCache;
import com.tailorjob.application.port.out.NotificationRepository;
import com.tailorjob.application.port.out.ParseQueue;
import com.tailorjob.application.port.out.PendingFileRemovals;
import com.tailorjob.application.port.out.SessionRepository;
import com.tailorjob.application.port.out.UsageLedger;
import com.tailorjob.application.port.out.UserRepository;
import java.time.Clock;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.core.statement.StatementExceptions.MessageRendering;
import org.jdbi.v3.postgres.PostgresPlugin;

/** The PostgreSQL-backed ports, built over one connection pool. */
public record PersistenceAdapters(
    Jdbi jdbi,
    UserRepository users,
    SessionRepository sessions,
    LoginFailureLog loginFailures,
    CvRepository cvs,
    ParseQueue parseQueue,
    CvParseResults parseResults,
    NotificationRepository notifications,
    JobRepository jobs,
    MatchCache matchCache,
    UsageLedger usageLedger,
    ExpiredRecords expiredRecords,
    PendingFileRemovals pendingFileRemovals) {

  /**
   * Wires every repository to the data source; the schema must already be migrated. The clock
   * stamps when queued parses finish.
   */
  public static PersistenceAdapters create(DataSource dataSource, Clock clock) {
    Jdbi jdbi = jdbiFor(dataSource);

    return new PersistenceAdapters(
        jdbi,
        new JdbiUserRepository(jdbi),
        new JdbiSessionRepository(jdbi),
        new JdbiLoginFailureLog(jdbi),
        new JdbiCvRepository(jdbi),
        new JdbiParseQueue(jdbi, clock),
        new JdbiCvParseResults(jdbi),
        new JdbiNotificationRepository(jdbi),
        new JdbiJobRepository(jdbi),
        new JdbiMatchCache(jdbi),
        new JdbiUsageLedger(jdbi),
        new JdbiExpiredRecords(jdbi),
        new JdbiPendingFileRemovals(jdbi));
  }

  /**
   * A Jdbi with the PostgreSQL plugin, which binds {@code java.time} values natively. Its
   * statement exceptions carry only the driver's message, never the SQL with its bound values:
   * repositories bind e-mail addresses, password hashes and file names, and a failure event
   * puts its exception, message and causes, into an ERROR line.
   */
  public static Jdbi jdbiFor(DataSource dataSource) {
    return Jdbi.create(dataSource)
        .installPlugin(new PostgresPlugin())
        .configure(StatementExceptions.class,
            exceptions -> exceptions.setMessageRendering(MessageRendering.NONE));
  }
}
