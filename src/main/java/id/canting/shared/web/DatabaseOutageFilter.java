package id.canting.shared.web;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * While the database cannot be reached, every request answers 503 with {@code Retry-After}: Problem
 * Details on the API, a short page otherwise; never a 500 with a stack trace. It wraps every other
 * filter because the database is needed before any controller: the session store loads the session
 * in a filter, and sign-in, bearer tokens and the account refresh read accounts in the security
 * chain. {@code /actuator/health} reports the database DOWN by itself (503 as well).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DatabaseOutageFilter extends OncePerRequestFilter {

	/** Seconds a client should wait: about one failover or restart of PostgreSQL. */
	static final int RETRY_AFTER_SECONDS = 30;

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

	private final FilterResponses responses;

	DatabaseOutageFilter(FilterResponses responses) {
		this.responses = responses;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException e) {
			if (!isOutage(e) || response.isCommitted()) {
				throw e;
			}
			// one line, not a stack trace per request for as long as the outage lasts
			log.warn("Database unavailable, answered 503 to {} {}: {}", request.getMethod(), request.getRequestURI(),
					rootMessage(e));
			response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
			responses.refuse(request, response, 503, "unavailable", "problem.unavailable.title",
					"problem.unavailable.detail", null, List.of());
		}
	}

	/** True if the cause is that no connection to the database could be had, not a fault of the request. */
	static boolean isOutage(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof CannotGetJdbcConnectionException || cause instanceof CannotCreateTransactionException
					|| cause instanceof DataAccessResourceFailureException
					|| cause instanceof SQLTransientConnectionException) {
				return true;
			}
			// 08: connection exception; 57P01-03: the server is shutting down or not yet accepting connections
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
				return true;
			}
		}
		return false;
	}

	private static String rootMessage(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}
}
