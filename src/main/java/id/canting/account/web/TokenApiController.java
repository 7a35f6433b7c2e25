package id.canting.account.web;

import java.time.Instant;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.canting.account.ApiTokens;
import id.canting.account.IssuedToken;
import id.canting.account.LoginRefusedException;
import id.canting.account.LoginService;
import id.canting.shared.Actor;
import jakarta.servlet.http.HttpServletRequest;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Tokens for machine clients: {@code POST /api/v1/auth/token} with username and password (the same
 * checks and throttling as the login form) returns a bearer token valid for 12 hours;
 * {@code DELETE} revokes the token presented.
 */
@RestController
@Tag(name = "Access tokens", description = "Bearer tokens for machine clients: sign in with username and password, revoke")
@RequestMapping("/api/v1/auth/token")
class TokenApiController {

	private final LoginService login;
	private final ApiTokens tokens;
	private final LoginProblems problems;

	TokenApiController(LoginService login, ApiTokens tokens, LoginProblems problems) {
		this.login = login;
		this.tokens = tokens;
		this.problems = problems;
	}

	record TokenRequest(String username, String password) {
	}

	record TokenResponse(String token, Instant expiresAt) {
	}

	@PostMapping
	TokenResponse issue(@RequestBody TokenRequest request, HttpServletRequest http) {
		var principal = login.authenticate(request.username(), request.password(), http.getRemoteAddr());
		IssuedToken token = tokens.issueSessionToken(principal);
		return new TokenResponse(token.token(), token.expiresAt());
	}

	@ResponseStatus(HttpStatus.NO_CONTENT)
	@DeleteMapping
	ResponseEntity<Void> revoke(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization, Actor actor) {
		tokens.revokePresented(actor, authorization.substring("Bearer ".length()).strip());
		return ResponseEntity.noContent().build();
	}

	@ExceptionHandler(LoginRefusedException.class)
	ResponseEntity<ProblemDetail> refused(LoginRefusedException e) {
		ProblemDetail problem = problems.of(e);
		var response = ResponseEntity.status(problem.getStatus());
		if (problem.getStatus() == HttpStatus.TOO_MANY_REQUESTS.value()) {
			response.header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
		}
		return response.body(problem);
	}
}
