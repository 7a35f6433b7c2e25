package id.canting.account.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.canting.account.AccountManagement;
import id.canting.account.ApiTokenId;
import id.canting.account.ApiTokens;
import id.canting.account.IssuedToken;
import id.canting.shared.Actor;
import id.canting.shared.PageRequest;
import id.canting.shared.PageResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The caller's own account: {@code /api/v1/me} with role and scope, password change, and API tokens
 * (all of them, session and personal, so a client can revoke any it holds).
 */
@RestController
@Tag(name = "My account", description = "The caller's own account, password and API tokens")
@RequestMapping("/api/v1/me")
class ProfileApiController {

	private final AccountManagement accounts;
	private final ApiTokens tokens;
	private final Clock clock;

	ProfileApiController(AccountManagement accounts, ApiTokens tokens, Clock clock) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.clock = clock;
	}

	record PasswordChangeRequest(String currentPassword, String newPassword) {
	}

	record TokenRequest(String name) {
	}

	record IssuedTokenResponse(long id, String token, Instant expiresAt) {
	}

	@GetMapping
	UserResponse me(Actor actor) {
		return UserResponse.of(accounts.own(actor));
	}

	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PostMapping("/password")
	ResponseEntity<Void> changePassword(@RequestBody PasswordChangeRequest request, Actor actor) {
		accounts.changeOwnPassword(actor, request.currentPassword(), request.newPassword());
		return ResponseEntity.noContent().build();
	}

	/**
	 * Newest first; {@code sort=createdAt} or {@code createdAt,asc} gives oldest first. One person holds
	 * few tokens, so the page is cut in memory.
	 */
	@GetMapping("/tokens")
	PageResponse<TokenView> tokens(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String sort, Actor actor) {
		PageRequest request = PageRequest.of(page, size, sort, Set.of("createdAt"), "createdAt");
		Instant now = clock.instant();
		List<TokenView> all = new ArrayList<>(tokens.tokensOf(actor).stream().map(t -> TokenView.of(t, now)).toList());
		if (sort != null && request.ascending()) {
			Collections.reverse(all);
		}
		return InMemoryPages.page(all, request);
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/tokens")
	ResponseEntity<IssuedTokenResponse> createToken(@RequestBody TokenRequest request, Actor actor) {
		IssuedToken issued = tokens.issuePersonalToken(actor, request.name());
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new IssuedTokenResponse(issued.id(), issued.token(), issued.expiresAt()));
	}

	@ResponseStatus(HttpStatus.NO_CONTENT)
	@DeleteMapping("/tokens/{id}")
	ResponseEntity<Void> revokeToken(@PathVariable long id, Actor actor) {
		tokens.revoke(actor, new ApiTokenId(id));
		return ResponseEntity.noContent().build();
	}
}
