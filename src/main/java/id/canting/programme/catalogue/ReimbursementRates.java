package id.canting.programme.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import id.canting.programme.catalogue.internal.RateLine;
import id.canting.registry.SizeClass;

/**
 * The reimbursement rate table of a machine-restructuring programme, as data per programme because
 * the rates changed by year: the share of a new machine's price paid back by origin and size class,
 * and what one company receives at least and at most. A line for one size class takes precedence
 * over a line for every size class of the same origin.
 *
 * @param rates the lines, at most one per origin and size class, in order of origin then size class
 *        (every size class first)
 * @param minimumIdr below this total a company receives nothing; null when the programme sets none
 * @param maximumIdr a company receives at most this; null when the programme sets none
 */
public record ReimbursementRates(List<RateLine> rates, Long minimumIdr, Long maximumIdr) {

	private static final Comparator<RateLine> ORDER = Comparator.comparing(RateLine::origin)
		.thenComparing(RateLine::sizeClass, Comparator.nullsFirst(Comparator.naturalOrder()));

	public ReimbursementRates {
		rates = rates.stream().sorted(ORDER).toList();
	}

	/** The line that applies to a machine of this origin bought by an IKM of this size class, if any. */
	public Optional<RateLine> rateFor(MachineOrigin origin, SizeClass sizeClass) {
		Optional<RateLine> specific = rates.stream()
			.filter(r -> r.origin() == origin && r.sizeClass() != null && r.sizeClass() == sizeClass)
			.findFirst();
		return specific.isPresent() ? specific : rates.stream().filter(r -> r.origin() == origin && r.anySize()).findFirst();
	}

	/**
	 * What an IKM of this size class would be paid back for these machines: each line at its rate
	 * (rounded down to whole rupiah), the sum capped at the maximum, and nothing when the sum is below
	 * the minimum. The reasons say every rule that changed the amount.
	 */
	public ReimbursementQuote quote(SizeClass sizeClass, List<PricedMachine> machines) {
		List<ReimbursementQuote.Line> lines = new ArrayList<>();
		Set<QuoteReason> reasons = new LinkedHashSet<>();
		long total = 0;
		for (PricedMachine machine : machines) {
			Optional<RateLine> rate = rateFor(machine.origin(), sizeClass);
			long amount = rate.map(r -> r.amountFor(machine.priceIdr())).orElse(0L);
			if (rate.isEmpty()) {
				reasons.add(QuoteReason.of("noRate", machine.origin(), sizeClass));
			}
			lines.add(new ReimbursementQuote.Line(machine.origin(), machine.priceIdr(),
					rate.map(RateLine::plainPercent).orElse(null), amount));
			total = Math.addExact(total, amount);
		}
		long amount = total;
		if (maximumIdr != null && total > maximumIdr) {
			amount = maximumIdr;
			reasons.add(QuoteReason.of("maximum", total, maximumIdr));
		}
		else if (minimumIdr != null && total < minimumIdr) {
			amount = 0;
			reasons.add(QuoteReason.of("minimum", total, minimumIdr));
		}
		return new ReimbursementQuote(amount, total, lines, List.copyOf(reasons));
	}

	/** The lines as the change history shows them, e.g. {@code DOMESTIC 30%, IMPORTED 25%}. */
	String describeRates() {
		return rates.stream().map(RateLine::toString).collect(Collectors.joining(", "));
	}
}
