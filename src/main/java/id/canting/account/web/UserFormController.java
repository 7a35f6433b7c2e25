package id.canting.account.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.account.AccountId;
import id.canting.account.AccountManagement;
import id.canting.account.AccountRules;
import id.canting.account.PasswordPolicy;
import id.canting.account.UserAccount;
import id.canting.region.Regions;
import id.canting.shared.Actor;
import id.canting.shared.Role;
import id.canting.shared.web.FormSubmission;

/**
 * An administrator edits an account (name, contact, role and scope, enabled flag: unticking it is
 * how an account is disabled) and resets its password, both on one page.
 */
@Controller
class UserFormController {

	private final AccountManagement accounts;
	private final Regions regions;

	UserFormController(AccountManagement accounts, Regions regions) {
		this.accounts = accounts;
		this.regions = regions;
	}

	@GetMapping("/admin/users/{id}/edit")
	String editForm(@PathVariable long id, Actor actor, Model model) {
		UserAccount account = accounts.account(actor, new AccountId(id));
		return page(account, UserForm.of(account), new PasswordResetForm(), model);
	}

	@PostMapping("/admin/users/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") UserForm form, BindingResult result, Actor actor,
			Model model, RedirectAttributes redirect) {
		UserAccount account = accounts.account(actor, new AccountId(id));
		form.setUsername(account.username()); // the username never changes, whatever was posted
		if (!result.hasErrors()) {
			// a conflict: someone saved this account since the form was opened
			FormSubmission.of(result).submitted(() -> {
				form.checkIkmIds();
				accounts.update(actor, new AccountId(id), form.getVersion(), form.toInput());
			});
		}
		if (!result.hasErrors()) {
			redirect.addFlashAttribute("notice", "users.notice.saved");
			return "redirect:/admin/users";
		}
		Forms.alsoCheck(result, form::checkIkmIds);
		Forms.alsoCheck(result, () -> AccountRules.check(form.toInput()));
		return page(account, form, new PasswordResetForm(), model);
	}

	@PostMapping("/admin/users/{id}/password")
	String resetPassword(@PathVariable long id, @ModelAttribute("passwordForm") PasswordResetForm passwordForm,
			BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
		Forms.attempt(result, () -> accounts.resetPassword(actor, new AccountId(id), passwordForm.getPassword()));
		if (!result.hasErrors()) {
			redirect.addFlashAttribute("notice", "users.notice.password-reset");
			return "redirect:/admin/users/" + id + "/edit";
		}
		UserAccount account = accounts.account(actor, new AccountId(id));
		return page(account, UserForm.of(account), passwordForm, model);
	}

	private String page(UserAccount account, UserForm form, PasswordResetForm passwordForm, Model model) {
		passwordForm.setPassword(null); // never sent back to the browser
		model.addAttribute("form", form);
		model.addAttribute("passwordForm", passwordForm);
		model.addAttribute("userId", account.id());
		model.addAttribute("username", account.username());
		model.addAttribute("roles", Role.values());
		model.addAttribute("provinces", regions.provinces());
		model.addAttribute("passwordMinLength", PasswordPolicy.MIN_LENGTH);
		return "account/user-form";
	}
}
