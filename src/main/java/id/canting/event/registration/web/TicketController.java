package id.canting.event.registration.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.event.registration.internal.RegistrationView;
import id.canting.event.registration.internal.Registrations;
import id.canting.shared.QrCode;

/**
 * The ticket page {@code /tickets/{code}} (public: the code is the secret): event, session, time,
 * room, status, waitlist position, the QR code to show at the door, and the cancel button.
 */
@Controller
class TicketController {

	private final Registrations registrations;
	private final String baseUrl;

	TicketController(Registrations registrations, @Value("${canting.public-base-url}") String baseUrl) {
		this.registrations = registrations;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	@GetMapping("/tickets/{ticketCode}")
	String ticket(@PathVariable String ticketCode, Model model) {
		RegistrationView view = registrations.ticket(TicketParam.parse(ticketCode));
		QrCode qr = QrCode.of(baseUrl + "/tickets/" + view.registration().ticket().value());
		model.addAttribute("view", view);
		model.addAttribute("r", view.registration());
		model.addAttribute("qrPath", qr.svgPath());
		model.addAttribute("qrSize", qr.size());
		return "event/registration/ticket";
	}

	@PostMapping("/tickets/{ticketCode}/cancel")
	String cancel(@PathVariable String ticketCode, RedirectAttributes redirect) {
		RegistrationView view = registrations.ticket(TicketParam.parse(ticketCode));
		registrations.cancel(view.registration().eventCode(), view.registration().ticket());
		redirect.addFlashAttribute("notice", "event.registration.notice.cancelled");
		return "redirect:/tickets/" + view.registration().ticket().value();
	}
}
