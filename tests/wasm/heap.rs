//! The module's own allocator (`src/wasm/heap.rs`, one free list per power of two) under the
//! patterns the library makes: many small blocks freed and reused out of order, vectors growing by
//! reallocation, over-aligned values, and blocks larger than a page. Every block is filled with a
//! pattern of its own and checked after the others have been freed and reused, so a block handed
//! out twice, or a free list link written into a live block, shows as a changed byte.

use wasm_bindgen_test::wasm_bindgen_test;

/// The byte at `i` of block number `n`.
fn pattern(n: usize, i: usize) -> u8 {
    (n.wrapping_mul(31) ^ i.wrapping_mul(7)) as u8
}

fn filled(n: usize, size: usize) -> Vec<u8> {
    (0..size).map(|i| pattern(n, i)).collect()
}

fn intact(n: usize, block: &[u8]) -> bool {
    block.iter().enumerate().all(|(i, &b)| b == pattern(n, i))
}

#[wasm_bindgen_test]
fn blocks_freed_out_of_order_are_reused_without_overlap() {
    let size = |n: usize| 1 + (n * 37) % 3000;
    let mut blocks: Vec<(usize, Vec<u8>)> = (0..2000).map(|n| (n, filled(n, size(n)))).collect();
    for round in 0..3 {
        // Free every third block (a different third each round), then allocate as many anew.
        let (kept, freed): (Vec<_>, Vec<_>) =
            blocks.into_iter().partition(|(n, _)| (n + round) % 3 != 0);
        blocks = kept;
        let next = 2000 * (round + 1);
        blocks.extend((next..next + freed.len()).map(|n| (n, filled(n, size(n)))));
        for (n, block) in &blocks {
            assert_eq!(block.len(), size(*n));
            assert!(intact(*n, block), "block {n} changed in round {round}");
        }
    }
}

#[wasm_bindgen_test]
fn growing_vectors_keep_their_contents() {
    let mut grown: Vec<Vec<u8>> = (0..8).map(|_| Vec::new()).collect();
    for i in 0..200_000 {
        // Interleaved growth: each reallocation lands between the others' blocks.
        let v = i % 8;
        let at = grown[v].len();
        grown[v].push(pattern(v, at));
    }
    for (v, block) in grown.iter().enumerate() {
        assert_eq!(block.len(), 25_000);
        assert!(intact(v, block), "vector {v} changed while growing");
    }
    let mut text = String::new();
    for i in 0..50_000 {
        text.push(if i % 2 == 0 { '救' } else { 'a' });
    }
    assert_eq!(text.chars().count(), 50_000);
    assert!(text
        .chars()
        .enumerate()
        .all(|(i, c)| c == if i % 2 == 0 { '救' } else { 'a' }));
}

#[repr(align(64))]
struct Aligned([u8; 64]);

#[wasm_bindgen_test]
fn over_aligned_values_are_aligned_after_frees() {
    let mut values = Vec::new();
    for n in 0..500 {
        // Small blocks freed in between, so that free lists of the same size class are not empty.
        let small: Vec<Vec<u8>> = (0..4).map(|k| filled(k, 48 + k)).collect();
        values.push(Box::new(Aligned([n as u8; 64])));
        drop(small);
        if n % 3 == 0 {
            values.remove(0);
        }
    }
    for value in &values {
        assert_eq!(value.as_ref() as *const Aligned as usize % 64, 0);
    }
    assert!(values.iter().all(|v| v.0.iter().all(|&b| b == v.0[0])));
}

#[wasm_bindgen_test]
fn blocks_larger_than_a_page_come_and_go() {
    for round in 0..4 {
        let big = filled(round, 3 * 1024 * 1024 + round * 4097);
        let small = filled(round + 100, 100);
        assert!(intact(round, &big));
        assert!(intact(round + 100, &small));
    }
}
