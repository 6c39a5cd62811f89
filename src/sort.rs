//! The one sort of the crate. A sort is compiled once for each element type and comparison, some
//! kilobytes of the web build each time, so every list the crate orders is ordered here: by a rank
//! of whole numbers compared in turn, stably (items of equal rank keep their order).

/// Sorts `items` by `rank`, stably. Each rank is computed once.
pub(crate) fn by_rank<T>(items: &mut [T], rank: impl FnMut(&T) -> Vec<u32>) {
    items.sort_by_cached_key(rank);
}

#[cfg(test)]
mod tests {
    #[test]
    fn sorts_by_rank_and_keeps_the_order_of_equals() {
        let mut items = [("b", 2), ("a", 1), ("c", 2), ("d", 0)];
        super::by_rank(&mut items, |(_, n)| vec![*n]);
        assert_eq!(items, [("d", 0), ("a", 1), ("b", 2), ("c", 2)]);
    }
}
