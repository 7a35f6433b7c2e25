package id.canting.account.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.canting.account.AccountId;
import id.canting.account.AccountManagement;
import id.canting.account.UserAccount;
import id.canting.shared.Actor;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;
import id.canting.shared.PageRequest;
import id.canting.shared.PageResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Account administration for other systems: {@code /api/v1/users}, administrators only. */
@RestController
@Tag(name = "User accounts", description = "Account administration, administrators only")
@RequestMapping("/api/v1/users")
class UserApiController {

	private final AccountManagement accounts;

	UserApiController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	record PasswordRequest(String password) {
	}

	/** Accounts number in the hundreds, so the page is cut from the full list rather than in SQL. */
	@GetMapping
	PageResponse<UserResponse> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String sort, Actor actor) {
		PageRequest request = PageRequest.of(page, size, sort, Set.of("username"), "username");
		List<UserResponse> all = new ArrayList<>(accounts.accounts(actor).stream().map(UserResponse::of).toList());
		if (!request.ascending()) {
			Collections.reverse(all);
		}
		return InMemoryPages.page(all, request);
	}

	@GetMapping("/{id}")
	UserResponse get(@PathVariable long id, Actor actor) {
		return UserResponse.of(accounts.account(actor, new AccountId(id)));
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<UserResponse> create(@RequestBody UserRequest request, Actor actor) {
		UserAccount created = accounts.create(actor, request.toInput(), request.password());
		return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(UserResponse.of(created));
	}

	@PutMapping("/{id}")
	UserResponse update(@PathVariable long id, @RequestBody UserRequest request, Actor actor) {
		if (request.version() == null) {
			throw new InvalidInputException(List.of(FieldViolation.of("version", "validation.version.required")));
		}
		return UserResponse.of(accounts.update(actor, new AccountId(id), request.version(), request.toInput()));
	}

	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PostMapping("/{id}/password")
	ResponseEntity<Void> resetPassword(@PathVariable long id, @RequestBody PasswordRequest request, Actor actor) {
		accounts.resetPassword(actor, new AccountId(id), request.password());
		return ResponseEntity.noContent().build();
	}
}
