package io.liaisoninsight.demo;

import io.liaisoninsight.demo.reference.District;
import io.liaisoninsight.demo.reference.LanzhouDistricts;
import io.liaisoninsight.demo.reference.Township;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Mints persons with a unique person id, ID number and phone number. Names are not unique: common names recur
 * across different persons, as they do in real registers.
 */
final class PersonFactory {

    /** Other Gansu prefectures: people born elsewhere who live and complain in Lanzhou. */
    private static final List<String> OTHER_GANSU = List.of("620402", "620421", "620502", "621102", "621121",
            "622901", "620602", "621202", "620702", "621002");
    private static final int MIN_AGE = 20;
    private static final int MAX_AGE = 86;

    private final ChineseNames names;
    private final IdNumbers idNumbers;
    private final PhoneNumbers phones;
    private final List<String> lanzhouCodes;
    private final LocalDate asOf;
    private long minted;

    PersonFactory(ChineseNames names, LanzhouDistricts districts, LocalDate asOf, long seed) {
        this.names = names;
        this.lanzhouCodes = districts.districts().stream().map(District::code).toList();
        List<String> areas = new ArrayList<>(lanzhouCodes);
        areas.addAll(OTHER_GANSU);
        this.idNumbers = new IdNumbers(areas, asOf.minusYears(MAX_AGE + 1), asOf.minusYears(MIN_AGE));
        this.phones = new PhoneNumbers(seed * 7_919L);
        this.asOf = asOf;
    }

    Person mint(Dice dice, District district, Township township) {
        boolean male = dice.chance(0.58);
        return mint(dice, names.fullName(dice, male), male, district, township);
    }

    /** A different person who happens to carry {@code name}. */
    Person mint(Dice dice, String name, boolean male, District district, Township township) {
        long n = minted++;
        int age = Math.max(MIN_AGE, Math.min(MAX_AGE, (int) Math.round(50 + 14 * dice.gaussian())));
        LocalDate birth = asOf.minusYears(age).minusDays(dice.below(365));
        int area = dice.chance(0.85) ? lanzhouCodes.indexOf(district.code())
                : lanzhouCodes.size() + dice.below(OTHER_GANSU.size());
        String idNumber = idNumbers.allocate(area, birth, male);
        String place = dice.pick(township.villages());
        String address = address(dice, district, township, place);
        return new Person(String.format("P-%07d", n + 1), name, male, birth, idNumber, phones.number(n),
                district.name(), township.name(), place, address);
    }

    private static String address(Dice dice, District district, Township township, String place) {
        String prefix = "兰州市" + district.name() + township.name() + place;
        if (township.urban()) {
            return prefix + dice.between(1, 28) + "号楼" + dice.between(1, 6) + "单元" + dice.between(1, 18)
                    + "0" + dice.between(1, 4) + "室";
        }
        return prefix + dice.between(1, 9) + "社" + dice.between(1, 120) + "号";
    }

    /** How the ID number appears on a record: canonical, or with the check letter in lower case. */
    static String writtenIdNumber(Dice dice, String idNumber) {
        return idNumber.endsWith("X") && dice.chance(0.3) ? idNumber.substring(0, 17) + "x" : idNumber;
    }
}
