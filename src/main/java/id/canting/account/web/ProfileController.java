package id.canting.account.web;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.account.AccountManagement;
import id.canting.account.ApiTokenId;
import id.canting.account.ApiTokens;
import id.canting.account.IssuedToken;
import id.canting.account.PasswordPolicy;
import id.canting.region.Regions;
import id.canting.registry.RegistryQueries;
import id.canting.shared.Actor;
import id.canting.shared.InvalidInputException;

/**
 * Everyone's own profile: who they are in Canting (role and scope), changing their password, and
 * their named personal API tokens.
 */
@Controller
class ProfileController {

	private final AccountManagement accounts;
	private final ApiTokens tokens;
	private final Regions regions;
	private final RegistryQueries registry;
	private final Clock clock;

	ProfileController(AccountManagement accounts, ApiTokens tokens, Regions regions, RegistryQueries registry,
			Clock clock) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.regions = regions;
		this.registry = registry;
		this.clock = clock;
	}

	@GetMapping("/profile")
	String profile(Actor actor, Model model) {
		return page(actor, model);
	}

	@PostMapping("/profile/password")
	String changePassword(@ModelAttribute("passwordForm") PasswordChangeForm form, BindingResult result, Actor actor,
			Model model, RedirectAttributes redirect) {
		if (form.repeated()) {
			Forms.attempt(result,
					() -> accounts.changeOwnPassword(actor, form.getCurrentPassword(), form.getNewPassword()));
			if (!result.hasErrors()) {
				redirect.addFlashAttribute("notice", "profile.notice.password-changed");
				return "redirect:/profile";
			}
		}
		else {
			result.rejectValue("repeatPassword", "profile.validation.repeat-mismatch", "profile.validation.repeat-mismatch");
		}
		// a wrong current password stops the facade before the new one is judged
		Forms.alsoCheck(result, () -> PasswordPolicy.check("newPassword", form.getNewPassword(), actor.username()));
		return page(actor, model);
	}

	/**
	 * The new token's value is shown in this response, not after a redirect: a flash attribute would
	 * keep the secret in the session store (the database) until the next request.
	 */
	@PostMapping("/profile/tokens")
	String createToken(@ModelAttribute("tokenForm") TokenForm form, BindingResult result, Actor actor, Model model) {
		try {
			IssuedToken issued = tokens.issuePersonalToken(actor, form.getName());
			model.addAttribute("newToken", issued);
			model.addAttribute("newTokenName", form.getName().strip());
			model.addAttribute("notice", "profile.notice.token-created");
			form.setName(null);
		}
		catch (InvalidInputException e) {
			Forms.reject(result, e);
		}
		return page(actor, model);
	}

	@PostMapping("/profile/tokens/{id}/revoke")
	String revokeToken(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
		tokens.revoke(actor, new ApiTokenId(id));
		redirect.addFlashAttribute("notice", "profile.notice.token-revoked");
		return "redirect:/profile";
	}

	/** The whole page; a form that was just refused is already in the model with its errors and stays. */
	private String page(Actor actor, Model model) {
		UserResponse me = UserResponse.of(accounts.own(actor));
		model.addAttribute("me", UserRow.of(List.of(me), regions, registry).get(0));
		var now = clock.instant();
		model.addAttribute("tokens", tokens.tokensOf(actor).stream()
			.filter(t -> t.personal()) // session tokens of API clients live 12 hours and are not managed here
			.map(t -> TokenView.of(t, now))
			.toList());
		model.addAttribute("passwordMinLength", PasswordPolicy.MIN_LENGTH);
		model.addAttribute("tokenLifetimeDays", ApiTokens.PERSONAL_LIFETIME.toDays());
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", new PasswordChangeForm());
		}
		if (!model.containsAttribute("tokenForm")) {
			model.addAttribute("tokenForm", new TokenForm());
		}
		return "account/profile";
	}
}
