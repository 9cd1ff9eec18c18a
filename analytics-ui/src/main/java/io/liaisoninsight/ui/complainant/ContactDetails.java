package io.liaisoninsight.ui.complainant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The person's contact details from the petitions a user may see. Petitions list their complainants
 * without saying which one an identity is (a collective petition has several), so an entry is taken when
 * it is the petition's only complainant or carries one of the identity's names. Pure; the petitions are
 * already masked unless the user unmasked.
 */
final class ContactDetails {

    private ContactDetails() {
    }

    /** Distinct (name, ID number, phone, address) with the petitions giving them, in petition order. */
    static List<ComplainantProfile.Contact> of(Collection<ObjectNode> petitions, Collection<String> names) {
        Map<List<String>, List<String>> recordsByContact = new LinkedHashMap<>();
        for (ObjectNode petition : petitions) {
            JsonNode complainants = petition.path("complainants");
            for (JsonNode c : complainants) {
                String name = text(c, "name");
                if (complainants.size() != 1 && (name == null || !names.contains(name))) {
                    continue;
                }
                List<String> key = java.util.Arrays.asList(name, text(c, "idNumber"), text(c, "phone"), text(c, "address"));
                if (key.stream().allMatch(Objects::isNull)) {
                    continue;
                }
                List<String> records = recordsByContact.computeIfAbsent(key, k -> new ArrayList<>());
                String id = text(petition, "id");
                if (id != null && !records.contains(id)) {
                    records.add(id);
                }
            }
        }
        List<ComplainantProfile.Contact> contacts = new ArrayList<>();
        recordsByContact.forEach((k, records) -> contacts.add(new ComplainantProfile.Contact(k.get(0), k.get(1), k.get(2),
                k.get(3), List.copyOf(records))));
        return contacts;
    }

    /** Names on these petitions that are among the identity's names, in the identity's order. */
    static List<String> namesSeen(Collection<ObjectNode> petitions, List<String> names) {
        List<String> seen = new ArrayList<>();
        for (ObjectNode petition : petitions) {
            for (JsonNode c : petition.path("complainants")) {
                String name = text(c, "name");
                if (name != null && names.contains(name) && !seen.contains(name)) {
                    seen.add(name);
                }
            }
        }
        return names.stream().filter(seen::contains).toList();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }
}
