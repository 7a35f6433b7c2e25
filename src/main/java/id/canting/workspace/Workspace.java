package id.canting.workspace;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import id.canting.shared.Actor;
import id.canting.shared.ForbiddenException;
import id.canting.workspace.Home.HomeItem;
import id.canting.workspace.Home.HomeSection;
import id.canting.workspace.internal.AssessorHome;
import id.canting.workspace.internal.OfficeHome;
import id.canting.workspace.internal.OwnerHome;
import id.canting.workspace.internal.Words;

/**
 * Each signed-in role's home, composed from the other modules' facades in the scope they apply (an
 * officer's province, an owner's IKM). A buyer's home is three shortcuts: the catalogue, the register
 * of certificates and the verification of a label.
 */
@Service
public class Workspace {

	private final OfficeHome office;
	private final OwnerHome owner;
	private final AssessorHome assessor;
	private final MessageSource messages;

	Workspace(OfficeHome office, OwnerHome owner, AssessorHome assessor, MessageSource messages) {
		this.office = office;
		this.owner = owner;
		this.assessor = assessor;
		this.messages = messages;
	}

	/**
	 * The caller's home in this language.
	 *
	 * @throws ForbiddenException for an anonymous caller, whose start is the national dashboard
	 */
	public Home home(Actor actor, Locale locale) {
		if (actor.isAnonymous()) {
			throw new ForbiddenException("home.forbidden");
		}
		Words words = new Words(messages, locale);
		return switch (actor.role()) {
			case ADMIN -> office.admin(actor, words);
			case OFFICER -> office.officer(actor, words);
			case IKM_OWNER -> owner.owner(actor, words);
			case ASSESSOR -> assessor.assessor(actor, words);
			case BUYER -> new Home(actor.role(), List.of(), List.of(new HomeSection("shortcuts",
					words.get("home.section.shortcuts"), List.of(shortcut("catalogue", "/catalogue", words),
							shortcut("register", "/certificates", words), shortcut("verify", "/verify", words)))));
		};
	}

	private static HomeItem shortcut(String key, String href, Words words) {
		return new HomeItem(words.get("home.shortcut." + key), words.get("home.shortcut." + key + ".detail"), null, null,
				null, href, false);
	}
}
