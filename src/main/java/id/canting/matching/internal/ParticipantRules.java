package id.canting.matching.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import id.canting.matching.VolumeUnit;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/**
 * Field rules for a participant's profile: names required and short enough, an e-mail that looks like
 * one, a two-letter country, a known province for buyers in Indonesia, volumes and prices not negative, a
 * price range whose maximum is not below its minimum, and a volume with its unit.
 */
public final class ParticipantRules {

	static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
	static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

	/** What the rules need to know about the province codes (the region module's list). */
	public interface Provinces {
		boolean exists(String code);
	}

	private ParticipantRules() {
	}

	/** @throws InvalidInputException naming each broken rule */
	public static BuyerProfile checked(BuyerProfile p, Provinces provinces) {
		List<FieldViolation> v = new ArrayList<>();
		String company = text(v, "companyName", p.companyName(), 200, true);
		String contact = text(v, "contactName", p.contactName(), 200, true);
		String email = email(v, p.email(), true);
		String phone = text(v, "phone", p.phone(), 30, false);
		if (p.buyerType() == null) {
			v.add(FieldViolation.of("buyerType", "validation.required"));
		}
		String country = p.countryCode() == null ? "" : p.countryCode().strip().toUpperCase(Locale.ROOT);
		if (!COUNTRY.matcher(country).matches()) {
			v.add(FieldViolation.of("countryCode", "matching.core.validation.country"));
		}
		String province = blankToNull(p.provinceCode());
		if (province != null && (!"ID".equals(country) || !provinces.exists(province))) {
			v.add(FieldViolation.of("provinceCode", "matching.core.validation.province"));
		}
		if (p.volumePerMonth() != null && p.volumePerMonth() < 0) {
			v.add(FieldViolation.of("volumePerMonth", "matching.core.validation.not-negative"));
		}
		if (p.volumePerMonth() != null && p.volumeUnit() == null) {
			v.add(FieldViolation.of("volumeUnit", "validation.required"));
		}
		prices(v, p.priceMinIdr(), p.priceMaxIdr());
		throwIfAny(v);
		return new BuyerProfile(company, contact, email, phone, p.buyerType(), country, province, p.techniques(),
				p.categories(), p.volumePerMonth(), p.volumePerMonth() == null ? null : p.volumeUnit(), p.priceMinIdr(),
				p.priceMaxIdr(), p.batikmarkRequired());
	}

	/** What a seller's owner may say in their own words, checked. */
	public record SellerOffer(String products, Integer capacityPerMonth, VolumeUnit capacityUnit, Long priceMinIdr,
			Long priceMaxIdr, String contactName, String email, String phone) {
	}

	/** @throws InvalidInputException naming each broken rule */
	public static SellerOffer checked(SellerOffer o) {
		List<FieldViolation> v = new ArrayList<>();
		String products = text(v, "products", o.products(), 4000, false);
		String contact = text(v, "contactName", o.contactName(), 200, false);
		String email = email(v, o.email(), false);
		String phone = text(v, "phone", o.phone(), 30, false);
		if (o.capacityPerMonth() != null && o.capacityPerMonth() < 0) {
			v.add(FieldViolation.of("capacityPerMonth", "matching.core.validation.not-negative"));
		}
		prices(v, o.priceMinIdr(), o.priceMaxIdr());
		throwIfAny(v);
		return new SellerOffer(products, o.capacityPerMonth(), o.capacityUnit(), o.priceMinIdr(), o.priceMaxIdr(),
				contact, email, phone);
	}

	private static void prices(List<FieldViolation> v, Long min, Long max) {
		if (min != null && min < 0) {
			v.add(FieldViolation.of("priceMinIdr", "matching.core.validation.not-negative"));
		}
		if (max != null && max < 0) {
			v.add(FieldViolation.of("priceMaxIdr", "matching.core.validation.not-negative"));
		}
		else if (min != null && max != null && max < min) {
			v.add(FieldViolation.of("priceMaxIdr", "matching.core.validation.price-range"));
		}
	}

	static String text(List<FieldViolation> v, String field, String value, int max, boolean required) {
		String s = blankToNull(value);
		if (s == null && required) {
			v.add(FieldViolation.of(field, "validation.required"));
		}
		else if (s != null && s.length() > max) {
			v.add(FieldViolation.of(field, "validation.too-long", max, s.length()));
		}
		return s;
	}

	private static String email(List<FieldViolation> v, String value, boolean required) {
		String s = text(v, "email", value, 200, required);
		if (s != null && !EMAIL.matcher(s).matches()) {
			v.add(FieldViolation.of("email", "validation.email"));
		}
		return s;
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static void throwIfAny(List<FieldViolation> v) {
		if (!v.isEmpty()) {
			throw new InvalidInputException(v);
		}
	}
}
