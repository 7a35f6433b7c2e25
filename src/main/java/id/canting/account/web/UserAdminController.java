package id.canting.account.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.account.AccountManagement;
import id.canting.account.AccountRules;
import id.canting.account.PasswordPolicy;
import id.canting.region.Regions;
import id.canting.registry.RegistryQueries;
import id.canting.shared.Actor;
import id.canting.shared.ConflictException;
import id.canting.shared.Role;
import id.canting.shared.web.FormSubmission;

/**
 * The administrators' list of accounts and the form to create one with its first password.
 * Editing, disabling and password resets are on {@link UserFormController}.
 */
@Controller
class UserAdminController {

	private final AccountManagement accounts;
	private final Regions regions;
	private final RegistryQueries registry;

	UserAdminController(AccountManagement accounts, Regions regions, RegistryQueries registry) {
		this.accounts = accounts;
		this.regions = regions;
		this.registry = registry;
	}

	@GetMapping("/admin/users")
	String list(Actor actor, Model model) {
		model.addAttribute("users",
				UserRow.of(accounts.accounts(actor).stream().map(UserResponse::of).toList(), regions, registry));
		return "account/users";
	}

	@GetMapping("/admin/users/new")
	String newForm(Model model) {
		return form(new UserForm(), model);
	}

	@PostMapping("/admin/users")
	String create(@ModelAttribute("form") UserForm form, BindingResult result, Actor actor, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			// the only conflict on creation is a username already taken
			FormSubmission.of(result).onField(ConflictException.class, "username").submitted(() -> {
				form.checkIkmIds();
				accounts.create(actor, form.toInput(), form.getPassword());
			});
		}
		if (!result.hasErrors()) {
			redirect.addFlashAttribute("notice", "users.notice.created");
			return "redirect:/admin/users";
		}
		Forms.alsoCheck(result, form::checkIkmIds);
		Forms.alsoCheck(result, () -> AccountRules.check(form.toInput()));
		Forms.alsoCheck(result, () -> PasswordPolicy.check("password", form.getPassword(), form.getUsername()));
		return form(form, model);
	}

	private String form(UserForm form, Model model) {
		form.setPassword(null); // never sent back to the browser
		model.addAttribute("form", form);
		model.addAttribute("roles", Role.values());
		model.addAttribute("provinces", regions.provinces());
		model.addAttribute("passwordMinLength", PasswordPolicy.MIN_LENGTH);
		return "account/user-form";
	}
}
