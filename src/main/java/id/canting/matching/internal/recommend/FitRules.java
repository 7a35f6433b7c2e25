package id.canting.matching.internal.recommend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import id.canting.certification.BatikmarkStanding;
import id.canting.matching.VolumeUnit;

/**
 * The rules that score a buyer–seller pair, one method each, every one giving a credit of 0–1 and its reason
 * in words (message keys {@code matching.recommend.<rule>.<fit>}). Batikmark required but not held is not
 * scored here: the {@link Recommender} leaves such pairs out and counts them.
 */
final class FitRules {

	private FitRules() {
	}

	/** Every rule with a weight above 0, in the order of {@link Rule}. */
	static List<RuleScore> score(BuyerInterest buyer, SellerOffer seller, RecommendationWeights weights) {
		return Stream.of(technique(buyer, seller, weights.technique()), category(buyer, seller, weights.category()),
				capacity(buyer, seller, weights.capacity()), batikmark(buyer, seller, weights.batikmark()),
				price(buyer, seller, weights.price()), province(buyer, seller, weights.province()),
				exhibitor(seller, weights.exhibitor()))
			.filter(rule -> rule.weight() > 0)
			.toList();
	}

	/**
	 * The share of the buyer's wanted techniques the IKM makes; no technique wanted means any will do; an IKM
	 * that lists none earns nothing (so that listing a wanted technique can only raise its score).
	 */
	static RuleScore technique(BuyerInterest buyer, SellerOffer seller, int weight) {
		return overlap(Rule.TECHNIQUE, "technique", buyer.techniques(), seller.techniques(), weight);
	}

	/** The share of the buyer's wanted categories the IKM makes; none wanted means any will do. */
	static RuleScore category(BuyerInterest buyer, SellerOffer seller, int weight) {
		return overlap(Rule.CATEGORY, "category", buyer.categories(), seller.categories(), weight);
	}

	private static <E extends Enum<E>> RuleScore overlap(Rule rule, String name, Set<E> wanted, Set<E> made, int weight) {
		if (wanted.isEmpty()) {
			return new RuleScore(rule, weight, 1, Fit.OPEN, Phrase.of(name + ".open"));
		}
		if (made.isEmpty()) {
			return new RuleScore(rule, weight, 0, Fit.UNKNOWN, Phrase.of(name + ".unknown", labels(name, wanted)));
		}
		List<E> hit = sorted(wanted.stream().filter(made::contains).toList());
		List<E> missed = sorted(wanted.stream().filter(w -> !made.contains(w)).toList());
		if (missed.isEmpty()) {
			return new RuleScore(rule, weight, 1, Fit.MATCH, Phrase.of(name + ".match", labels(name, hit)));
		}
		if (hit.isEmpty()) {
			return new RuleScore(rule, weight, 0, Fit.MISMATCH,
					Phrase.of(name + ".mismatch", labels(name, missed), labels(name, made)));
		}
		return new RuleScore(rule, weight, (double) hit.size() / wanted.size(), Fit.PARTIAL,
				Phrase.of(name + ".partial", labels(name, hit), labels(name, missed)));
	}

	/**
	 * Full credit when the IKM's monthly capacity covers the buyer's volume, else the share it covers; half
	 * credit when the IKM states no capacity or counts it in another unit; full when the buyer asks no volume.
	 */
	static RuleScore capacity(BuyerInterest buyer, SellerOffer seller, int weight) {
		Integer volume = buyer.volumePerMonth();
		Integer capacity = seller.capacityPerMonth();
		if (volume == null || volume <= 0) {
			return new RuleScore(Rule.CAPACITY, weight, 1, Fit.OPEN, Phrase.of("capacity.open"));
		}
		Phrase wanted = Describe.perMonth(volume, buyer.volumeUnit());
		if (capacity == null) {
			return new RuleScore(Rule.CAPACITY, weight, 0.5, Fit.UNKNOWN, Phrase.of("capacity.unknown", wanted));
		}
		VolumeUnit unit = seller.capacityUnit() == null ? buyer.volumeUnit() : seller.capacityUnit();
		Phrase offered = Describe.perMonth(capacity, unit);
		if (!Objects.equals(unit, buyer.volumeUnit())) {
			return new RuleScore(Rule.CAPACITY, weight, 0.5, Fit.UNKNOWN,
					Phrase.of("capacity.other-unit", wanted, offered));
		}
		if (capacity >= volume) {
			return new RuleScore(Rule.CAPACITY, weight, 1, Fit.MATCH, Phrase.of("capacity.match", offered, wanted));
		}
		double share = (double) capacity / volume;
		return new RuleScore(Rule.CAPACITY, weight, share, capacity == 0 ? Fit.MISMATCH : Fit.PARTIAL,
				Phrase.of("capacity.partial", offered, wanted, (long) Math.floor(share * 100)));
	}

	/**
	 * Held Batikmark: full credit; an application in process: half; none: no credit. (A buyer who requires
	 * Batikmark never sees an IKM without it: the recommender filters those pairs before scoring.)
	 */
	static RuleScore batikmark(BuyerInterest buyer, SellerOffer seller, int weight) {
		return switch (seller.batikmark()) {
			case CERTIFIED -> new RuleScore(Rule.BATIKMARK, weight, 1, Fit.MATCH,
					Phrase.of(buyer.batikmarkRequired() ? "batikmark.required-held" : "batikmark.held"));
			case IN_PROCESS -> new RuleScore(Rule.BATIKMARK, weight, 0.5, Fit.PARTIAL, Phrase.of("batikmark.in-process"));
			case NONE -> new RuleScore(Rule.BATIKMARK, weight, 0, Fit.NO_BONUS, Phrase.of("batikmark.none"));
		};
	}

	/** Whether a buyer's Batikmark requirement leaves this IKM out. */
	static boolean batikmarkMissing(BuyerInterest buyer, SellerOffer seller) {
		return buyer.batikmarkRequired() && seller.batikmark() != BatikmarkStanding.CERTIFIED;
	}

	/**
	 * Full credit when the price ranges per unit meet (an open bound meets anything), none when they do not;
	 * half when either side states no price at all.
	 */
	static RuleScore price(BuyerInterest buyer, SellerOffer seller, int weight) {
		boolean buyerSays = buyer.priceMinIdr() != null || buyer.priceMaxIdr() != null;
		boolean sellerSays = seller.priceMinIdr() != null || seller.priceMaxIdr() != null;
		if (!buyerSays) {
			return new RuleScore(Rule.PRICE, weight, 1, Fit.OPEN, Phrase.of("price.open"));
		}
		Phrase wanted = Describe.range(buyer.priceMinIdr(), buyer.priceMaxIdr());
		if (!sellerSays) {
			return new RuleScore(Rule.PRICE, weight, 0.5, Fit.UNKNOWN, Phrase.of("price.unknown", wanted));
		}
		Phrase offered = Describe.range(seller.priceMinIdr(), seller.priceMaxIdr());
		long low = Math.max(orMin(buyer.priceMinIdr()), orMin(seller.priceMinIdr()));
		long high = Math.min(orMax(buyer.priceMaxIdr()), orMax(seller.priceMaxIdr()));
		if (low <= high) {
			return new RuleScore(Rule.PRICE, weight, 1, Fit.MATCH, Phrase.of("price.match", wanted, offered));
		}
		boolean tooDear = orMin(seller.priceMinIdr()) > orMax(buyer.priceMaxIdr());
		return new RuleScore(Rule.PRICE, weight, 0, Fit.MISMATCH,
				Phrase.of(tooDear ? "price.above" : "price.below", wanted, offered));
	}

	/** A small bonus when buyer and IKM are in the same province (shorter trips, cheaper shipping). */
	static RuleScore province(BuyerInterest buyer, SellerOffer seller, int weight) {
		if (buyer.provinceCode() != null && buyer.provinceCode().equals(seller.provinceCode())) {
			return new RuleScore(Rule.PROVINCE, weight, 1, Fit.MATCH, Phrase.of("province.same"));
		}
		return new RuleScore(Rule.PROVINCE, weight, 0, Fit.NO_BONUS, Phrase.of("province.other"));
	}

	/** A small bonus for an exhibitor: its products are on show at its booth, where the meeting takes place. */
	static RuleScore exhibitor(SellerOffer seller, int weight) {
		if (seller.exhibitor()) {
			return new RuleScore(Rule.EXHIBITOR, weight, 1, Fit.MATCH, seller.booth() == null
					? Phrase.of("exhibitor.yes") : Phrase.of("exhibitor.booth", seller.booth()));
		}
		return new RuleScore(Rule.EXHIBITOR, weight, 0, Fit.NO_BONUS, Phrase.of("exhibitor.no"));
	}

	static <E extends Enum<E>> Phrase labels(String name, java.util.Collection<E> values) {
		List<Phrase> parts = new ArrayList<>();
		for (E value : sorted(values)) {
			parts.add(Phrase.of(name + "." + value.name()));
		}
		return Phrase.alternatives(parts);
	}

	private static <E extends Enum<E>> List<E> sorted(java.util.Collection<E> values) {
		return values.stream().sorted(Comparator.comparingInt(Enum::ordinal)).toList();
	}

	private static long orMin(Long value) {
		return value == null ? Long.MIN_VALUE : value;
	}

	private static long orMax(Long value) {
		return value == null ? Long.MAX_VALUE : value;
	}
}
