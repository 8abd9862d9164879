package com.mentorflow.matching.cohort;

import java.util.Arrays;

/**
 * Dijkstra's queue for {@link CapacityMatching}: a binary min-heap of node numbers keyed by their tentative distance,
 * with decrease-key. Primitive arrays, reused for every search, because the search runs once a mentee.
 */
final class DistanceHeap {

    private final int[] heap;
    /** Per node, where it sits in {@link #heap}, or -1 when it is not queued. */
    private final int[] position;
    private final double[] key;
    private int size;

    DistanceHeap(int nodes) {
        heap = new int[nodes];
        position = new int[nodes];
        key = new double[nodes];
        Arrays.fill(position, -1);
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Queues the node at this distance, or moves it up if it is queued further away. */
    void offer(int node, double distance) {
        if (position[node] < 0) {
            heap[size] = node;
            position[node] = size;
            key[node] = distance;
            up(size++);
        } else if (distance < key[node]) {
            key[node] = distance;
            up(position[node]);
        }
    }

    int poll() {
        int top = heap[0];
        position[top] = -1;
        size--;
        if (size > 0) {
            heap[0] = heap[size];
            position[heap[0]] = 0;
            down(0);
        }
        return top;
    }

    /** Empties the queue for the next search. */
    void clear() {
        for (int i = 0; i < size; i++) {
            position[heap[i]] = -1;
        }
        size = 0;
    }

    private void up(int at) {
        int node = heap[at];
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (key[heap[parent]] <= key[node]) {
                break;
            }
            place(heap[parent], at);
            at = parent;
        }
        place(node, at);
    }

    private void down(int at) {
        int node = heap[at];
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && key[heap[child + 1]] < key[heap[child]]) {
                child++;
            }
            if (key[heap[child]] >= key[node]) {
                break;
            }
            place(heap[child], at);
            at = child;
        }
        place(node, at);
    }

    private void place(int node, int at) {
        heap[at] = node;
        position[node] = at;
    }
}
