package io.liaisoninsight.demo;

import io.liaisoninsight.schema.Channel;
import java.util.ArrayList;
import java.util.List;

/**
 * The complainants written on one petition and the persons behind them, with what each entry carried.
 * Index {@code i} of every list describes complainant {@code i}.
 */
record Filing(List<Person> persons, List<Complainant> complainants, List<String> namesGiven,
              List<Boolean> carriesId, List<Boolean> carriesPhone) {

    static final Filing ANONYMOUS = new Filing(List.of(), List.of(), List.of(), List.of(), List.of());

    /** What people put on a petition, by channel: a call gives a phone number, a visit usually an ID card. */
    static Filing of(Dice dice, Channel channel, List<Person> persons) {
        Filing filing = new Filing(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>());
        for (Person p : persons) {
            double id;
            double phone;
            double address;
            switch (channel) {
                case LETTER -> {
                    id = 0.45;
                    phone = 0.7;
                    address = 0.9;
                }
                case VISIT -> {
                    id = 0.9;
                    phone = 0.75;
                    address = 0.5;
                }
                case ONLINE -> {
                    id = 0.55;
                    phone = 0.95;
                    address = 0.3;
                }
                case PHONE_12309 -> {
                    id = 0.15;
                    phone = 1.0;
                    address = 0.1;
                }
                default -> {
                    id = 0.3;
                    phone = 0.6;
                    address = 0.4;
                }
            }
            filing.add(dice, p, p.name(), dice.chance(id), dice.chance(phone), dice.chance(address));
        }
        return filing.frozen();
    }

    /** One person with exactly the identifiers planned for this contact. */
    static Filing planned(Dice dice, Person person, String nameGiven, boolean id, boolean phone) {
        Filing filing = new Filing(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>());
        filing.add(dice, person, nameGiven, id, phone, dice.chance(0.4));
        return filing.frozen();
    }

    private void add(Dice dice, Person p, String name, boolean id, boolean phone, boolean address) {
        persons.add(p);
        namesGiven.add(name);
        carriesId.add(id);
        carriesPhone.add(phone);
        complainants.add(new Complainant(name, id ? PersonFactory.writtenIdNumber(dice, p.idNumber()) : null,
                phone ? PhoneNumbers.written(dice, p.phone()) : null, address ? p.address() : null));
    }

    private Filing frozen() {
        return new Filing(List.copyOf(persons), List.copyOf(complainants), List.copyOf(namesGiven),
                List.copyOf(carriesId), List.copyOf(carriesPhone));
    }

    /** The name the text speaks of: the first complainant, or nobody for an anonymous letter. */
    String displayName() {
        return namesGiven.isEmpty() ? "匿名群众" : namesGiven.get(0);
    }
}
