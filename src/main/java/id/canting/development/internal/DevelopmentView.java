package id.canting.development.internal;

import java.util.List;
import java.util.Map;

import id.canting.programme.SentraBenefits.SentraBenefit;

/**
 * Everything a sentra's development page and API show: the sentra, its score with parts and the
 * weights used, facilities, location, needs, projects, the programmes' benefits to it, its members'
 * capacity and products, photos, and whether the reader may change it.
 */
public record DevelopmentView(long sentraId, String code, String name, String regencyCode, String provinceCode,
		DevelopmentScore score, ScoreWeights weights, List<SentraFacility> facilities, SentraLocation location,
		List<SentraNeed> needs, List<RevitalisationProject> projects, List<SentraBenefit> benefits,
		MembersCapacity members, List<SentraPhoto> photos, boolean canEdit) {

	/**
	 * The active members' capacity and products, from the registry.
	 *
	 * @param capacityPerMonth the sum of the members' stated capacity (pieces per month; members without one add nothing)
	 * @param techniques active members per batik technique
	 */
	public record MembersCapacity(int active, int certified, int assessed, int workers, long capacityPerMonth,
			Map<String, Integer> techniques, Map<String, Integer> categories) {
	}
}
