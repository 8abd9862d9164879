package com.mentorflow.scim;

import java.util.List;

/**
 * SCIM's paging (RFC 7644 §3.4.2.4): 1-based {@code startIndex}, at most {@code count} resources, over one stable
 * order. Okta asks for 100 at a time; more than {@value #MAX_COUNT} are answered in pages of that size.
 */
record ScimPaging(int startIndex, int count) {

    static final int MAX_COUNT = 200;
    static final int DEFAULT_COUNT = 100;

    static ScimPaging of(Integer startIndex, Integer count) {
        int start = startIndex == null || startIndex < 1 ? 1 : startIndex;
        int size = count == null ? DEFAULT_COUNT : Math.max(0, Math.min(count, MAX_COUNT));
        return new ScimPaging(start, size);
    }

    <T> List<T> page(List<T> all) {
        int from = Math.min(all.size(), startIndex - 1);
        return all.subList(from, Math.min(all.size(), from + count));
    }
}
