//! The module's allocator: one free list per power-of-two block size, fed by a bump pointer that
//! grows the wasm memory page by page. It replaces Talc (1.3 KB of code) with a few hundred bytes:
//! a call allocates and frees the same shapes over and over (strings, vectors of members, failures),
//! so a freed block is nearly always reused by the next value of its size, in a handful of
//! instructions. The price is up to half a block of slack per allocation, which a validation that
//! lives for one call can afford.

use core::alloc::{GlobalAlloc, Layout};
use core::arch::wasm32::memory_grow;
use core::cell::UnsafeCell;
use core::ptr::null_mut;

const PAGE: usize = 65536;
/// Every block is at least this big and this aligned, so that it can hold the free-list link.
const MIN_ALIGN: usize = 8;

/// One free list per block size `1 << class`, and the unused rest of the last page grown.
struct Heap {
    free: [*mut u8; usize::BITS as usize],
    next: usize,
    end: usize,
}

pub struct SizeClasses(UnsafeCell<Heap>);

impl SizeClasses {
    pub const fn new() -> Self {
        SizeClasses(UnsafeCell::new(Heap {
            free: [null_mut(); usize::BITS as usize],
            next: 0,
            end: 0,
        }))
    }
}

// SAFETY: wasm32 without the `atomics` target feature has exactly one thread.
unsafe impl Sync for SizeClasses {}

/// The power of two of the block that holds `layout`.
#[inline]
fn class(layout: &Layout) -> usize {
    let size = layout.size().max(layout.align()).max(MIN_ALIGN);
    (usize::BITS - (size - 1).leading_zeros()) as usize
}

impl Heap {
    /// A fresh block of `size` bytes aligned to `align`, from the end of the heap, growing the
    /// memory when the last page is used up. Null when the memory cannot grow.
    fn bump(&mut self, size: usize, align: usize) -> *mut u8 {
        let start = (self.next + align - 1) & !(align - 1);
        if start.checked_add(size).map_or(true, |end| end > self.end) {
            let pages = (size + align).div_ceil(PAGE);
            let previous = memory_grow(0, pages);
            if previous == usize::MAX {
                return null_mut();
            }
            let base = previous * PAGE;
            // The grown pages follow the heap unless something else grew the memory in between.
            if base != self.end {
                self.next = base;
            }
            self.end = base + pages * PAGE;
            return self.bump(size, align);
        }
        self.next = start + size;
        start as *mut u8
    }
}

unsafe impl GlobalAlloc for SizeClasses {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let heap = &mut *self.0.get();
        let class = class(&layout);
        let head = heap.free[class];
        if !head.is_null() && layout.align() <= MIN_ALIGN {
            heap.free[class] = *(head as *mut *mut u8);
            return head;
        }
        heap.bump(1 << class, layout.align().max(MIN_ALIGN))
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // Blocks aligned beyond the minimum are rare (none in this crate) and are not reused, so
        // that a block taken from a free list is always aligned enough.
        if layout.align() <= MIN_ALIGN {
            let heap = &mut *self.0.get();
            let class = class(&layout);
            *(ptr as *mut *mut u8) = heap.free[class];
            heap.free[class] = ptr;
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
        // A string or vector growing within its block (a block is a power of two) stays put.
        if class(&new_layout) == class(&layout) {
            return ptr;
        }
        let new = self.alloc(new_layout);
        if !new.is_null() {
            core::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
            self.dealloc(ptr, layout);
        }
        new
    }
}
