package id.canting.programme.application.internal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.programme.catalogue.Programme;
import id.canting.programme.catalogue.ProgrammeManagement;
import id.canting.programme.catalogue.ReimbursementQuote;
import id.canting.programme.catalogue.ReimbursementRates;
import id.canting.programme.catalogue.internal.ProgrammeNotFoundException;
import id.canting.shared.Actor;
import id.canting.shared.InvalidInputException;

/**
 * Quotes what a machine-restructuring programme's rate table would pay back for some machines,
 * before anyone applies: saves nothing, so anyone who may read the programme may ask (drafts only
 * ministry staff).
 */
@Service
@Transactional(readOnly = true)
public class ReimbursementQuotes {

	private final ProgrammeManagement programmes;

	ReimbursementQuotes(ProgrammeManagement programmes) {
		this.programmes = programmes;
	}

	/**
	 * The quote of the programme with this code for an IKM of the given size class and its machines.
	 *
	 * @throws ProgrammeNotFoundException when there is no such programme or the reader may not see it
	 * @throws InvalidInputException naming each broken field rule of the question
	 * @throws NoRateTableException when the programme has no rate table (it is not machine restructuring)
	 */
	public ReimbursementQuote quote(Actor actor, String code, QuoteInput input) {
		Programme programme = programmes.programme(actor, code);
		ClaimRules.Quote question = ClaimRules.check(input);
		ReimbursementRates rates = programme.reimbursement()
			.orElseThrow(() -> new NoRateTableException(programme.code()));
		return rates.quote(question.sizeClass(), question.machines());
	}
}
