package io.liaisoninsight.demo;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One complainant as written on a petition; every identifier but the name may be missing or oddly formatted. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Complainant(String name, String idNumber, String phone, String address) {
}
